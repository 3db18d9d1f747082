package org.techmatch.catalog;

import org.techmatch.elastic.IndexDefinition;

/**
 * The catalogue's indices: achievements and capability listings, each behind its alias.
 */
public final class CatalogIndices {

	public static final IndexDefinition ACHIEVEMENTS = IndexDefinition.of("achievements");

	public static final IndexDefinition CAPABILITIES = IndexDefinition.of("capabilities");

	private CatalogIndices() {
	}

}
