package org.techmatch.catalog.demo;

import java.util.List;

/**
 * SplitMix64: a tiny, fully specified generator, so the demo corpus is identical on every
 * JVM and machine (java.util random classes do not promise their algorithm across
 * versions).
 */
final class DemoRandom {

	private long state;

	DemoRandom(long seed) {
		this.state = seed;
	}

	long nextLong() {
		long z = (this.state += 0x9E3779B97F4A7C15L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Uniform in [0, 1). */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	/** Uniform in [0, bound). */
	int nextInt(int bound) {
		return (int) Math.floorMod(nextLong(), (long) bound);
	}

	/** Uniform in [low, high], both inclusive. */
	int between(int low, int high) {
		return low + nextInt(high - low + 1);
	}

	boolean chance(double probability) {
		return nextDouble() < probability;
	}

	<T> T pick(List<T> items) {
		return items.get(nextInt(items.size()));
	}

	/** Index chosen with the given non-negative weights. */
	int weighted(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** {@code count} distinct items in list order of first draw. */
	<T> List<T> distinct(List<T> items, int count) {
		List<T> copy = new java.util.ArrayList<>(items);
		List<T> chosen = new java.util.ArrayList<>();
		while (chosen.size() < count && !copy.isEmpty()) {
			chosen.add(copy.remove(nextInt(copy.size())));
		}
		return chosen;
	}

}
