package org.techmatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.SupplyDocument;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.search.SupplyConnection.Highlight;
import org.techmatch.search.SupplyConnection.SupplyEdge;
import org.techmatch.supply.SupplyHits;

/**
 * Turns search hits into GraphQL edges: the item, a cursor, the score and the highlighted
 * fields in a fixed order.
 */
@Component
public class SupplyEdges {

	/** Highlighted fields, in the order they are returned. */
	private static final List<String> HIGHLIGHT_ORDER = List.of("title", "keywords", "summary", "description");

	private final SupplyHits hits;

	public SupplyEdges(SupplyHits hits) {
		this.hits = hits;
	}

	/** An edge for a hit, whose cursor carries its sort values and the point in time. */
	public SupplyEdge edge(Hit<SupplyDocument> hit, String pointInTime) {
		return edge(hit, pointInTime, null);
	}

	/**
	 * An edge for a hit, whose cursor carries its sort values, the point in time and the
	 * query it belongs to ({@code scope}).
	 */
	public SupplyEdge edge(Hit<SupplyDocument> hit, String pointInTime, String scope) {
		List<FieldValue> sort = hit.sort();
		String cursor = new SearchCursor(sort.isEmpty() ? List.of(FieldValue.of(hit.id())) : sort, pointInTime, scope)
			.encode();
		return new SupplyEdge(cursor, this.hits.item(hit.source()), hit.score(), highlights(hit.highlight()));
	}

	private static List<Highlight> highlights(Map<String, List<String>> highlight) {
		List<Highlight> result = new ArrayList<>();
		if (highlight == null) {
			return result;
		}
		for (String field : HIGHLIGHT_ORDER) {
			List<String> fragments = highlight.get(field);
			if (fragments != null && !fragments.isEmpty()) {
				result.add(new Highlight(field, fragments));
			}
		}
		return result;
	}

}
