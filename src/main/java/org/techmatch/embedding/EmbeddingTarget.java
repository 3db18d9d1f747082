package org.techmatch.embedding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An index whose records carry a vector: its alias, the source fields the vector is made
 * from, and how.
 *
 * @param alias the index alias
 * @param sourceFields the {@code _source} fields {@link #text} reads
 * @param kind what the records are, for the log
 * @param text how a record's vector is made from those fields
 */
public record EmbeddingTarget(String alias, List<String> sourceFields, String kind, VectorSource text) {

	/**
	 * Achievements or capabilities in {@code alias}: title, then the start of description
	 * or summary.
	 */
	public static EmbeddingTarget supply(String alias, EmbeddingTexts texts) {
		return new EmbeddingTarget(alias, List.of("title", "summary", "description"), alias,
				(s) -> texts.supply(text(s, "title"), text(s, "summary"), text(s, "description")));
	}

	/** Demands in {@code alias}: title and description. */
	public static EmbeddingTarget demands(String alias, EmbeddingTexts texts) {
		return new EmbeddingTarget(alias, List.of("title", "description"), alias,
				(s) -> texts.need(text(s, "title"), text(s, "description")));
	}

	private static String text(Map<String, Object> source, String field) {
		Object value = source.get(field);
		return (value instanceof String s) ? s : null;
	}

	/** Makes a record's vector from its source fields. */
	@FunctionalInterface
	public interface VectorSource {

		Optional<float[]> vector(Map<String, Object> source);

	}

}
