package org.techmatch.search;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a client asked for of a {@code SupplyConnection}, so that Elasticsearch computes and returns only that: the
 * exact total, the facet aggregations, the highlights, and the long text fields of the items (a page of twenty items
 * carries some 10 kB of descriptions nobody asked for in a result list).
 * @param totalCount whether {@code totalCount} is selected (else the total is not counted)
 * @param facets whether {@code facets} is selected (else no aggregations)
 * @param highlights whether {@code edges.highlights} is selected (else no highlighting)
 * @param longFields the {@link #LONG_FIELDS} selected on the items (the others are left out of {@code _source})
 */
public record SearchSelection(boolean totalCount, boolean facets, boolean highlights, List<String> longFields) {

	/**
	 * Long text fields of achievements and capabilities, fetched only when selected on the node. Every other field is
	 * short and always fetched, so nested resolvers (institution, chain, representative achievements) find theirs.
	 */
	public static final List<String> LONG_FIELDS = List.of("description", "representativeResults", "equipment");

	/** Everything: what {@code similar} and callers without a selection get. */
	public static final SearchSelection ALL = new SearchSelection(true, true, true, LONG_FIELDS);

	public SearchSelection {
		longFields = List.copyOf(longFields);
	}

	/**
	 * The selection of a {@code SupplyConnection} field.
	 * @param selected whether a path below the connection is selected, as
	 * {@link org.techmatch.graphql.SelectedFields} answers it (e.g. {@code edges/node/description})
	 */
	public static SearchSelection of(Predicate<String> selected) {
		return new SearchSelection(selected.test("totalCount"), selected.test("facets"),
				selected.test("edges/highlights"),
				selectedLongFields(selected, "edges/node"));
	}

	/** The {@link #LONG_FIELDS} selected on the item at {@code itemPath} (e.g. {@code edges/node/item} for a match). */
	public static List<String> selectedLongFields(Predicate<String> selected, String itemPath) {
		return LONG_FIELDS.stream().filter((field) -> selected.test(itemPath + "/" + field)).toList();
	}

	/** The {@link #LONG_FIELDS} not among {@code selected}: what to leave out of {@code _source}. */
	public static List<String> unselectedLongFields(List<String> selected) {
		return LONG_FIELDS.stream().filter((field) -> !selected.contains(field)).toList();
	}

}
