package org.techmatch.search;

import java.util.List;

/** A dimension of a search result with the count of each of its values. */
public record Facet(FacetDimension dimension, String label, List<FacetValue> values) {

	/**
	 * One value: as the filter takes it, its Chinese label, its count and the input patch
	 * that selects it.
	 */
	public record FacetValue(String value, String label, long count, SearchFilterPatch input) {
	}

}
