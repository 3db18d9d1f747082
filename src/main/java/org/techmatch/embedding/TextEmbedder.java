package org.techmatch.embedding;

import java.util.Optional;

/**
 * Turns a text into a unit-length sentence vector, the same way for supply items, demands
 * and ad-hoc needs, so that their cosine says how close their meaning is. Optional: with
 * {@code techmatch.embedding.enabled=false} (or a model that could not load) every call
 * answers empty and matching ranks by text alone.
 */
public interface TextEmbedder {

	/**
	 * The model's identity, stored beside each vector: a vector made by another model is
	 * made again.
	 */
	String modelId();

	/**
	 * The unit vector of {@code text}; empty when embedding is off or the text has
	 * nothing to embed.
	 */
	Optional<float[]> embed(String text);

	/**
	 * The unit vector of {@code text} as a query: a need or demand, compared with the
	 * vectors of the items that could serve it. Models trained with a query instruction
	 * add it here; by default the same as {@link #embed}.
	 */
	default Optional<float[]> embedQuery(String text) {
		return embed(text);
	}

	/** False when embedding is off: then nothing is embedded and no record is marked. */
	default boolean enabled() {
		return true;
	}

}
