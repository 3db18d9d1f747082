package org.techmatch.embedding;

import java.util.Base64;
import java.util.List;

/**
 * Unit vectors and how they are kept beside a record: each component scaled to a signed
 * byte (the largest magnitude maps to 127) and Base64-encoded into the {@code vector}
 * field, a {@code binary} field that lives only in {@code _source}. 512 dimensions take
 * 684 characters, so matching can read the vectors of its 100 candidates with their other
 * fields in the same request and compare them in the application: no vector index to
 * build and no second request. Quantizing changes cosines by about 0.002, far below what
 * separates a match from a miss.
 */
public final class Vectors {

	private Vectors() {
	}

	/** {@code v} scaled to unit length (unchanged when it is all zeros). */
	public static float[] normalize(float[] v) {
		double sum = 0;
		for (float x : v) {
			sum += (double) x * x;
		}
		double norm = Math.sqrt(sum);
		if (norm == 0) {
			return v;
		}
		float[] out = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			out[i] = (float) (v[i] / norm);
		}
		return out;
	}

	/** The unit vector of {@code a·wa + b·wb}. */
	public static float[] blend(float[] a, float wa, float[] b, float wb) {
		float[] out = new float[a.length];
		for (int i = 0; i < a.length; i++) {
			out[i] = a[i] * wa + b[i] * wb;
		}
		return normalize(out);
	}

	/**
	 * {@code v} as a unit vector, less {@code shift} times {@code centre}, as a unit
	 * vector again: comparing vectors this way spreads out the cosines of a model whose
	 * vectors all lean the same way. {@code v} as a unit vector when there is no centre
	 * or its length differs.
	 */
	public static float[] centred(float[] v, float[] centre, double shift) {
		float[] unit = normalize(v);
		if (centre == null || centre.length != unit.length) {
			return unit;
		}
		float[] out = new float[unit.length];
		for (int i = 0; i < unit.length; i++) {
			out[i] = (float) (unit[i] - shift * centre[i]);
		}
		return normalize(out);
	}

	/** The mean of vectors of the same length; null for none. */
	public static float[] mean(List<float[]> vectors) {
		if (vectors.isEmpty()) {
			return null;
		}
		double[] sum = new double[vectors.get(0).length];
		for (float[] v : vectors) {
			for (int i = 0; i < sum.length; i++) {
				sum[i] += v[i];
			}
		}
		float[] mean = new float[sum.length];
		for (int i = 0; i < sum.length; i++) {
			mean[i] = (float) (sum[i] / vectors.size());
		}
		return mean;
	}

	/** The cosine of two vectors of the same length. */
	public static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += (double) a[i] * b[i];
			na += (double) a[i] * a[i];
			nb += (double) b[i] * b[i];
		}
		return (na == 0 || nb == 0) ? 0 : dot / Math.sqrt(na * nb);
	}

	/** The stored form: signed bytes, Base64. */
	public static String encode(float[] v) {
		float max = 0;
		for (float x : v) {
			max = Math.max(max, Math.abs(x));
		}
		byte[] bytes = new byte[v.length];
		for (int i = 0; i < v.length; i++) {
			bytes[i] = (max == 0) ? 0 : (byte) Math.round(v[i] / max * 127);
		}
		return Base64.getEncoder().encodeToString(bytes);
	}

	/**
	 * A stored vector back as floats (scaled, not unit length: cosines do not care); null
	 * for null or garbage.
	 */
	public static float[] decode(String stored) {
		if (stored == null || stored.isEmpty()) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(stored);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		float[] v = new float[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			v[i] = bytes[i];
		}
		return v;
	}

}
