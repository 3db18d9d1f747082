package org.techmatch.search;

import java.util.List;

/**
 * The part of a {@link SearchInput} that selects one facet value ({@code input} of a
 * facet value, as Shopify's {@code Filter.values[].input}); only one field is set.
 */
public record SearchFilterPatch(List<String> types, List<String> clusters, List<String> chains, List<String> maturities,
		List<String> transferModes, List<String> ipTypes, List<String> institutionTypes, List<String> cities) {

	static SearchFilterPatch of(FacetDimension dimension, String value) {
		List<String> one = List.of(value);
		return switch (dimension) {
			case SUPPLY_TYPE -> new SearchFilterPatch(one, null, null, null, null, null, null, null);
			case CLUSTER -> new SearchFilterPatch(null, one, null, null, null, null, null, null);
			case CHAIN -> new SearchFilterPatch(null, null, one, null, null, null, null, null);
			case MATURITY -> new SearchFilterPatch(null, null, null, one, null, null, null, null);
			case TRANSFER_MODE -> new SearchFilterPatch(null, null, null, null, one, null, null, null);
			case IP_TYPE -> new SearchFilterPatch(null, null, null, null, null, one, null, null);
			case INSTITUTION_TYPE -> new SearchFilterPatch(null, null, null, null, null, null, one, null);
			case CITY -> new SearchFilterPatch(null, null, null, null, null, null, null, one);
		};
	}

}
