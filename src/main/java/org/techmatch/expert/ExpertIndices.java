package org.techmatch.expert;

import org.techmatch.elastic.IndexDefinition;

/**
 * The recommendations index behind its alias {@code techmatch-recommendations}, made from
 * {@code elastic/indices/recommendations.json}.
 */
public final class ExpertIndices {

	public static final IndexDefinition RECOMMENDATIONS = IndexDefinition.of("recommendations");

	private ExpertIndices() {
	}

}
