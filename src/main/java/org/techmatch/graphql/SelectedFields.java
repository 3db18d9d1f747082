package org.techmatch.graphql;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * The field paths selected below the current field, read straight from the query
 * document: {@code edges/node/title} is selected when the query asks for it, directly, in
 * an inline fragment or in a named fragment (field names, not aliases, as
 * {@code DataFetchingFieldSelectionSet#contains} answers for plain paths). graphql-java's
 * selection set normalises the whole operation with its types before it can answer; for
 * the few yes/no questions a resolver asks (which parts of a result to compute) that cost
 * 8 % of a search request's thread (JFR, search benchmark). A field under {@code @skip}
 * or {@code @include} counts as selected: at worst something is computed that is not
 * returned, never the other way round.
 */
public final class SelectedFields implements Predicate<String> {

	/**
	 * Nesting followed at most (the query limits refuse deeper documents before they
	 * run).
	 */
	private static final int MAX_DEPTH = 64;

	private final Set<String> paths;

	private SelectedFields(Set<String> paths) {
		this.paths = paths;
	}

	/**
	 * The paths selected below the field {@code environment} resolves (all its merged
	 * occurrences).
	 */
	public static SelectedFields of(DataFetchingEnvironment environment) {
		Set<String> paths = new HashSet<>();
		Map<String, FragmentDefinition> fragments = environment.getFragmentsByName();
		for (Field field : environment.getMergedField().getFields()) {
			collect(field.getSelectionSet(), "", fragments, paths, 0);
		}
		return new SelectedFields(paths);
	}

	/**
	 * Whether {@code path} (field names joined by {@code /}, relative to the current
	 * field) is selected.
	 */
	@Override
	public boolean test(String path) {
		return this.paths.contains(path);
	}

	private static void collect(SelectionSet selectionSet, String prefix, Map<String, FragmentDefinition> fragments,
			Set<String> paths, int depth) {
		if (selectionSet == null || depth > MAX_DEPTH) {
			return;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				String path = prefix + field.getName();
				paths.add(path);
				collect(field.getSelectionSet(), path + "/", fragments, paths, depth + 1);
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), prefix, fragments, paths, depth + 1);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition definition = fragments.get(spread.getName());
				if (definition != null) {
					collect(definition.getSelectionSet(), prefix, fragments, paths, depth + 1);
				}
			}
		}
	}

}
