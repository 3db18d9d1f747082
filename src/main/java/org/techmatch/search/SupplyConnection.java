package org.techmatch.search;

import java.util.List;

import org.techmatch.catalog.SupplyItem;
import org.techmatch.graphql.PageInfo;

/** A Relay connection of supply items with the result's facets. */
public record SupplyConnection(long totalCount, List<SupplyEdge> edges, PageInfo pageInfo, List<Facet> facets) {

	/**
	 * One item of a page: its cursor, the Achievement or Capability, its score and where
	 * the text matched.
	 */
	public record SupplyEdge(String cursor, SupplyItem node, Double score, List<Highlight> highlights) {
	}

	/** Matched fragments of one field. */
	public record Highlight(String field, List<String> fragments) {
	}

}
