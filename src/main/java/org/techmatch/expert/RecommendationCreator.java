package org.techmatch.expert;

import java.util.Optional;

/**
 * Writes a new recommendation only if no document has its id yet (Elasticsearch
 * {@code op_type: create}): the index itself refuses a second recommendation of the same
 * pair ({@link Recommendation#idFor}), however many requests race. A fragment of
 * {@link RecommendationRepository}.
 */
public interface RecommendationCreator {

	/**
	 * Creates {@code recommendation} (its id set) and waits until it is searchable.
	 * @return the stored recommendation with its revision, or empty when a recommendation
	 * with that id already exists (nothing is written)
	 */
	Optional<Recommendation> createIfAbsent(Recommendation recommendation);

}
