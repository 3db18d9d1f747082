package org.techmatch.demand;

import org.techmatch.elastic.IndexDefinition;

/** The demands index behind its alias {@code techmatch-demands}. */
public final class DemandIndices {

	public static final IndexDefinition DEMANDS = IndexDefinition.of("demands");

	private DemandIndices() {
	}

}
