package org.techmatch.search;

import java.util.List;
import java.util.function.Predicate;

import org.techmatch.supply.SupplyLongFields;

/**
 * What a client asked for of a {@code SupplyConnection}, so that Elasticsearch computes
 * and returns only that: the exact total, the facet aggregations, the highlights, and the
 * long text fields of the items (a page of twenty items carries some 10 kB of
 * descriptions nobody asked for in a result list).
 *
 * @param totalCount whether {@code totalCount} is selected (else the total is not
 * counted)
 * @param facets whether {@code facets} is selected (else no aggregations)
 * @param highlights whether {@code edges.highlights} is selected (else no highlighting)
 * @param longFields the {@link #LONG_FIELDS} selected on the items (the others are left
 * out of {@code _source})
 */
public record SearchSelection(boolean totalCount, boolean facets, boolean highlights, List<String> longFields) {

	/** Long text fields of the items ({@link SupplyLongFields#ALL}). */
	public static final List<String> LONG_FIELDS = SupplyLongFields.ALL;

	/** Everything: what {@code similar} and callers without a selection get. */
	public static final SearchSelection ALL = new SearchSelection(true, true, true, LONG_FIELDS);

	public SearchSelection {
		longFields = List.copyOf(longFields);
	}

	/**
	 * The selection of a {@code SupplyConnection} field.
	 * @param selected whether a path below the connection is selected, as
	 * {@link org.techmatch.graphql.SelectedFields} answers it (e.g.
	 * {@code edges/node/description})
	 */
	public static SearchSelection of(Predicate<String> selected) {
		return new SearchSelection(selected.test("totalCount"), selected.test("facets"),
				selected.test("edges/highlights"), SupplyLongFields.selected(selected, "edges/node"));
	}

}
