package org.techmatch.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The depth and size limits of a query, measured on the document itself so that they are
 * computed once per distinct query text ({@link GraphQlDocumentCache}) rather than on
 * every request. Depth is the number of nested field levels ({@code { clusters { chains {
 * name } } }} is 3); complexity is the number of fields the operation selects with its
 * fragments expanded. Fields under {@code @skip}/{@code @include} are counted whatever
 * their variables say: the measure is an upper bound, the same for every request with
 * that text.
 */
final class QueryLimits {

	private static final long CAP = 1_000_000_000_000L;

	private final int maxDepth;

	private final int maxComplexity;

	QueryLimits(int maxDepth, int maxComplexity) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
	}

	/**
	 * The error refusing {@code operationName} of a valid document
	 * ({@code QUERY_TOO_COMPLEX}), if it is nested too deep or selects too many fields;
	 * empty when it is within the limits or cannot be picked (graphql-java then reports
	 * the unknown operation itself).
	 */
	Optional<GraphQLError> check(Document document, String operationName) {
		OperationDefinition operation = operation(document, operationName);
		if (operation == null) {
			return Optional.empty();
		}
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.put(fragment.getName(), fragment);
		}
		Size size = new Measure(fragments).of(operation.getSelectionSet());
		if (size.depth() > this.maxDepth) {
			return Optional.of(tooComplex(
					"The query is nested " + size.depth() + " levels deep; at most " + this.maxDepth + " are allowed"));
		}
		if (size.fields() > this.maxComplexity) {
			String fields = (size.fields() >= CAP) ? "more than " + CAP : String.valueOf(size.fields());
			return Optional.of(tooComplex("The query selects " + fields + " fields (fragments expanded); at most "
					+ this.maxComplexity + " are allowed"));
		}
		return Optional.empty();
	}

	private static OperationDefinition operation(Document document, String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null || operationName.isEmpty()) {
			return (operations.size() == 1) ? operations.get(0) : null;
		}
		return operations.stream().filter((o) -> operationName.equals(o.getName())).findFirst().orElse(null);
	}

	private static GraphQLError tooComplex(String message) {
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorType.ExecutionAborted)
			.extensions(Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name()))
			.build();
	}

	/** Nested field levels and field count of a selection. */
	private record Size(int depth, long fields) {

		static final Size NONE = new Size(0, 0);

	}

	/**
	 * Measures selection sets, each named fragment once (a fragment used many times is
	 * not walked again).
	 */
	private static final class Measure {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Size> measured = new HashMap<>();

		Measure(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		Size of(SelectionSet selectionSet) {
			if (selectionSet == null) {
				return Size.NONE;
			}
			int depth = 0;
			long fields = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				Size size;
				if (selection instanceof Field field) {
					Size children = of(field.getSelectionSet());
					size = new Size(children.depth() + 1, children.fields() + 1);
				}
				else if (selection instanceof InlineFragment inline) {
					size = of(inline.getSelectionSet());
				}
				else if (selection instanceof FragmentSpread spread) {
					size = fragment(spread.getName());
				}
				else {
					size = Size.NONE;
				}
				depth = Math.max(depth, size.depth());
				fields = Math.min(CAP, fields + size.fields());
			}
			return new Size(depth, fields);
		}

		private Size fragment(String name) {
			Size size = this.measured.get(name);
			if (size == null) {
				FragmentDefinition definition = this.fragments.get(name);
				// validation has already refused unknown and cyclic fragments; this only
				// guards the walk
				this.measured.put(name, Size.NONE);
				size = (definition != null) ? of(definition.getSelectionSet()) : Size.NONE;
				this.measured.put(name, size);
			}
			return size;
		}

	}

}
