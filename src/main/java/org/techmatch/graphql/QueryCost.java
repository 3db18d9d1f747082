package org.techmatch.graphql;

import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The calculated cost of one request, in the spirit of Shopify's and GitHub's: what the
 * request makes the platform do, known before anything runs.
 * <ul>
 * <li>A field that reaches Elasticsearch costs the work it causes ({@link #WEIGHTS}: a
 * search or a match page 10, a GET 1, an import 100, a password check 20); every object
 * returned costs 1, a scalar 0.</li>
 * <li>What a list holds counts once per element: {@code first} (from the document or the
 * variables, 1..100) for a field that takes it, that many {@code edges}/{@code nodes} for
 * a connection; otherwise an estimate of the list's size ({@link #LIST_SIZES}, 10 by
 * default), so {@code clusters { chains { cluster { chains … } } } } grows as it
 * nests.</li>
 * </ul>
 * Also counted: the fields that reach Elasticsearch, however cheap, so 999 aliases of
 * {@code achievement(id)} are refused however small each is.
 * <p>
 * A batched field ({@code QueueEntry.bestMatches}, {@code Institution.otherItems},
 * {@code Capability.representativeAchievements}) is answered for all its parents of a
 * response level together, in a constant number of round trips: it counts once among the
 * fields that reach Elasticsearch, as it is one field of the document and one batch of
 * requests. Its weight still counts per parent, since the batch carries each parent's
 * search ({@code _msearch} runs them all): a queue page of 20 entries with their best
 * matches is 20 candidate searches on the cluster, however few requests carry them.
 */
public final class QueryCost {

	/**
	 * Work per field that reaches Elasticsearch (or burns CPU, like a password check).
	 */
	static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("Query.search", 10),
			Map.entry("Query.similar", 10), Map.entry("Query.match", 10), Map.entry("Query.matchDemand", 10),
			Map.entry("Query.demandsFor", 10), Map.entry("Query.suggest", 3), Map.entry("Query.achievement", 1),
			Map.entry("Query.capability", 1), Map.entry("Query.node", 1), Map.entry("Query.demand", 1),
			Map.entry("Query.myDemands", 2), Map.entry("Query.catalogStats", 2), Map.entry("Query.me", 1),
			Map.entry("Platform.elasticsearch", 2), Map.entry("Platform.indices", 2),
			Map.entry("Capability.representativeAchievements", 2), Map.entry("Institution.otherItems", 2),
			Map.entry("Mutation.signIn", 20), Map.entry("Mutation.submitDemand", 5),
			Map.entry("Mutation.updateDemand", 5), Map.entry("Mutation.closeDemand", 5),
			Map.entry("Mutation.reloadSynonyms", 50), Map.entry("Mutation.importSupply", 100),
			Map.entry("Query.recommendation", 1), Map.entry("Query.recommendations", 2),
			Map.entry("Recommendation.demand", 1), Map.entry("Recommendation.supply", 1),
			Map.entry("Mutation.assignDemand", 5), Map.entry("Mutation.releaseDemand", 5),
			Map.entry("Mutation.recommend", 10), Map.entry("Mutation.respondToRecommendation", 5),
			Map.entry("Mutation.advanceRecommendation", 5), Map.entry("Query.expertQueue", 10),
			Map.entry("QueueEntry.bestMatches", 10), Map.entry("Query.transferStats", 3),
			Map.entry("Query.pipelineStats", 5), Map.entry("Query.marketStats", 5), Map.entry("Query.declineStats", 3));

	/** Estimated sizes of lists that take no {@code first}. */
	static final Map<String, Integer> LIST_SIZES = Map.of("clusters", 7, "byCluster", 7, "facets", 4, "highlights", 4,
			"reasons", 8, "aliases", 3, "representativeAchievements", 5, "history", 8);

	private static final Set<String> PAGE_LISTS = Set.of("edges", "nodes");

	private static final int DEFAULT_LIST_SIZE = 10;

	private static final int MAX_FIRST = 100;

	private static final long CAP = 1_000_000_000_000L;

	private final GraphQLSchema schema;

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Object> variables;

	private long backendFields;

	private QueryCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
		this.schema = schema;
		this.fragments = fragments;
		this.variables = variables;
	}

	/** The cost of an operation's selection on its root type. */
	public static Result of(GraphQLSchema schema, GraphQLCompositeType root, SelectionSet selection,
			Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
		QueryCost cost = new QueryCost(schema, fragments, variables);
		long total = cost.of(selection, root, 0, 0);
		return new Result(total, cost.backendFields);
	}

	private long of(SelectionSet selectionSet, GraphQLCompositeType type, int pageSize, int fragmentDepth) {
		if (selectionSet == null || fragmentDepth > 50) {
			return 0;
		}
		long total = 0;
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				total = add(total, field(field, type, pageSize, fragmentDepth));
			}
			else if (selection instanceof InlineFragment inline) {
				total = add(total,
						of(inline.getSelectionSet(), typeOf(inline.getTypeCondition(), type), pageSize, fragmentDepth));
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = this.fragments.get(spread.getName());
				if (fragment != null) {
					total = add(total, of(fragment.getSelectionSet(), typeOf(fragment.getTypeCondition(), type),
							pageSize, fragmentDepth + 1));
				}
			}
		}
		return total;
	}

	private long field(Field field, GraphQLCompositeType parent, int pageSize, int fragmentDepth) {
		String name = field.getName();
		if (name.startsWith("__")) {
			// introspection: cheap, but not free
			return (field.getSelectionSet() != null) ? 1 + of(field.getSelectionSet(), null, 0, fragmentDepth) : 0;
		}
		GraphQLFieldDefinition definition = (parent instanceof GraphQLFieldsContainer container)
				? container.getFieldDefinition(name) : null;
		if (definition == null) {
			return 0;
		}
		GraphQLType type = definition.getType();
		if (type instanceof GraphQLNonNull nonNull) {
			type = nonNull.getWrappedType();
		}
		boolean list = type instanceof GraphQLList;
		GraphQLType inner = GraphQLTypeUtil.unwrapAll(type);
		Integer weight = WEIGHTS.get(((GraphQLFieldsContainer) parent).getName() + "." + name);
		if (weight != null) {
			this.backendFields++;
		}
		boolean hasFirst = definition.getArgument("first") != null;
		int first = hasFirst ? first(field, definition) : 0;
		long children = (inner instanceof GraphQLCompositeType composite)
				? of(field.getSelectionSet(), composite, (hasFirst && !list) ? first : 0, fragmentDepth) : 0;
		long own = (weight != null) ? weight : 0;
		if (!(inner instanceof GraphQLCompositeType)) {
			return own;
		}
		long multiplier = 1;
		if (list) {
			if (hasFirst) {
				multiplier = first;
			}
			else if (PAGE_LISTS.contains(name) && pageSize > 0) {
				multiplier = pageSize;
			}
			else {
				multiplier = LIST_SIZES.getOrDefault(name, DEFAULT_LIST_SIZE);
			}
		}
		// each object returned counts 1, with what is selected in it
		return add(own, Math.min(CAP, multiplier * add(1, children)));
	}

	/** {@code first} from the document or the variables, else its default, in 1..100. */
	private int first(Field field, GraphQLFieldDefinition definition) {
		Object value = null;
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals("first")) {
				value = literal(argument.getValue());
			}
		}
		if (value == null && definition.getArgument("first").hasSetDefaultValue()) {
			Object defaultValue = definition.getArgument("first").getArgumentDefaultValue().getValue();
			value = (defaultValue instanceof Value<?> literal) ? literal(literal) : defaultValue;
		}
		long first = (value instanceof Number number) ? number.longValue() : MAX_FIRST;
		return (int) Math.max(1, Math.min(MAX_FIRST, first));
	}

	private Object literal(Value<?> value) {
		if (value instanceof IntValue integer) {
			return integer.getValue();
		}
		if (value instanceof VariableReference reference) {
			return this.variables.get(reference.getName());
		}
		return null;
	}

	private GraphQLCompositeType typeOf(graphql.language.TypeName condition, GraphQLCompositeType fallback) {
		if (condition != null && this.schema.getType(condition.getName()) instanceof GraphQLCompositeType type) {
			return type;
		}
		return fallback;
	}

	private static long add(long a, long b) {
		return Math.min(CAP, a + b);
	}

	/**
	 * The cost and the number of fields that reach Elasticsearch.
	 *
	 * @param cost the calculated cost (capped at 10^12)
	 * @param backendFields fields of the document that reach Elasticsearch
	 */
	public record Result(long cost, long backendFields) {

	}

}
