package org.techmatch.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
 * The depth and size limits of a query, and how many of its top-level fields reach
 * Elasticsearch, measured on the parsed document itself (before it is validated) so that
 * they are computed once per distinct query text ({@link GraphQlDocumentCache}) rather
 * than on every request. Depth is the number of nested field levels ({@code { clusters {
 * chains { name } } }} is 3); complexity is the number of fields the operation selects
 * with its fragments expanded. Fields under {@code @skip}/{@code @include} are counted
 * whatever their variables say: the measure is an upper bound, the same for every request
 * with that text.
 */
final class QueryLimits {

	private static final long CAP = 1_000_000_000_000L;

	private final int maxDepth;

	private final int maxComplexity;

	private final long maxBackendFields;

	QueryLimits(int maxDepth, int maxComplexity) {
		this(maxDepth, maxComplexity, Long.MAX_VALUE);
	}

	/**
	 * @param maxBackendFields how many top-level fields that reach Elasticsearch (aliases
	 * included) an operation may select; counted here, on the parsed document before it
	 * is validated, so that 200 aliases of {@code match} are refused before validation
	 * compares them pairwise ({@link CostInstrumentation} counts nested ones too)
	 */
	QueryLimits(int maxDepth, int maxComplexity, long maxBackendFields) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
		this.maxBackendFields = maxBackendFields;
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
		long backend = rootBackendFields(operation, fragments);
		if (backend > this.maxBackendFields) {
			return Optional.of(tooComplex(
					"The query has " + backend + " fields that reach the search cluster (aliases included); at most "
							+ this.maxBackendFields + " are allowed"));
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

	/**
	 * Top-level fields of the operation that reach Elasticsearch
	 * ({@link QueryCost#WEIGHTS} of the root type), through fragments.
	 */
	private static long rootBackendFields(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
		String root = switch (operation.getOperation()) {
			case MUTATION -> "Mutation.";
			case SUBSCRIPTION -> "Subscription.";
			default -> "Query.";
		};
		return rootFields(operation.getSelectionSet(), fragments, root, new HashSet<>());
	}

	private static long rootFields(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments, String root,
			Set<String> seen) {
		if (selectionSet == null) {
			return 0;
		}
		long count = 0;
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				count += QueryCost.WEIGHTS.containsKey(root + field.getName()) ? 1 : 0;
			}
			else if (selection instanceof InlineFragment inline) {
				count += rootFields(inline.getSelectionSet(), fragments, root, seen);
			}
			else if (selection instanceof FragmentSpread spread && seen.add(spread.getName())
					&& fragments.containsKey(spread.getName())) {
				count += rootFields(fragments.get(spread.getName()).getSelectionSet(), fragments, root, seen);
			}
		}
		return count;
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
