package org.techmatch.supply;

import java.util.List;
import java.util.function.Predicate;

/**
 * The long text fields of achievements and capabilities, fetched only when a client
 * selects them on the item (a page of twenty items carries some 10 kB of descriptions
 * nobody asked for in a result list). Every other field is short and always fetched, so
 * nested resolvers (institution, chain, representative achievements) find theirs.
 */
public final class SupplyLongFields {

	/** Long text fields of achievements and capabilities. */
	public static final List<String> ALL = List.of("description", "representativeResults", "equipment");

	private SupplyLongFields() {
	}

	/**
	 * The long fields selected on the item at {@code itemPath} (e.g. {@code edges/node}
	 * for search, {@code edges/node/item} for a match).
	 * @param selected whether a path is selected, as
	 * {@link org.techmatch.graphql.SelectedFields} answers it
	 */
	public static List<String> selected(Predicate<String> selected, String itemPath) {
		return ALL.stream().filter((field) -> selected.test(itemPath + "/" + field)).toList();
	}

	/**
	 * The long fields not among {@code selected}: what to leave out of {@code _source}.
	 */
	public static List<String> unselected(List<String> selected) {
		return ALL.stream().filter((field) -> !selected.contains(field)).toList();
	}

}
