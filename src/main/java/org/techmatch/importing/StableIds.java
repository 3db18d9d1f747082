package org.techmatch.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids that stay the same when the same file is imported again, so re-imports update
 * instead of duplicating: {@code <prefix>-<batch slug>-<source id>} when the row has a
 * source id (the source id keeps its case; runs of characters other than letters, digits,
 * {@code .} and {@code _} become {@code -}), else {@code <prefix>-<batch slug>-h<16 hex>}
 * from SHA-256 of the normalised title and institution (NFKC, lower case, whitespace
 * removed, joined by a newline). The batch slug is the batch name in lower case with the
 * same replacement.
 */
public final class StableIds {

	private StableIds() {
	}

	public static String of(String prefix, String sourceBatch, String sourceId, String... identity) {
		String tail = (sourceId != null && !sourceId.isBlank()) ? sourceSlug(sourceId) : "h" + hash(identity);
		return prefix + "-" + slug(sourceBatch) + "-" + tail;
	}

	static String slug(String text) {
		return sourceSlug(text).toLowerCase(Locale.ROOT);
	}

	private static String sourceSlug(String text) {
		String n = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
		return n.replaceAll("[^\\p{L}\\p{N}._]+", "-").replaceAll("^-+|-+$", "");
	}

	private static String hash(String... parts) {
		StringBuilder joined = new StringBuilder();
		for (String part : parts) {
			String n = (part != null) ? Normalizer.normalize(part, Normalizer.Form.NFKC) : "";
			joined.append(n.replaceAll("\\s+", "").toLowerCase(Locale.ROOT)).append('\n');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(joined.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
