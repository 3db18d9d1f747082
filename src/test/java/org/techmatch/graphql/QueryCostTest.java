package org.techmatch.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculated cost of requests, on the platform's own schema. */
class QueryCostTest {

	private static final long LIMIT = 10_000;

	private static final GraphQLSchema SCHEMA = schema();

	private static GraphQLSchema schema() {
		try {
			TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graphql/*.graphqls")) {
				registry.merge(new SchemaParser().parse(resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static QueryCost.Result cost(String query, Map<String, Object> variables) {
		Document document = Parser.parse(query);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		GraphQLCompositeType root = (operation.getOperation() == OperationDefinition.Operation.MUTATION)
				? SCHEMA.getMutationType() : SCHEMA.getQueryType();
		return QueryCost.of(SCHEMA, root, operation.getSelectionSet(), fragments, variables);
	}

	private static String aliases(int count, String field) {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			query.append(" a").append(i).append(": ").append(field);
		}
		return query.append(" }").toString();
	}

	/** {@code clusters} and {@code chains { cluster { … } } } five times: 12 levels. */
	private static String depth12() {
		String nested = "code";
		for (int i = 0; i < 5; i++) {
			nested = "chains { cluster { " + nested + " } }";
		}
		return "clusters { " + nested + " }";
	}

	@Test
	@DisplayName("five aliases of the depth-12 clusters/chains query cost far more than the limit")
	void nestedClusters() {
		assertThat(cost(aliases(5, depth12()), Map.of()).cost()).isGreaterThan(100 * LIMIT);
	}

	@Test
	@DisplayName("one match(first: 100) page is within the limit, 200 aliases of it are not")
	void matchAliases() {
		String match = "match(need: {title: \"动力电池回收\", description: \"寻求退役动力电池梯次利用与材料回收技术\"}, first: 100) { edges { node { score reasons { kind } item { __typename id title } } } }";
		QueryCost.Result one = cost("{ " + match + " }", Map.of());
		assertThat(one.cost()).isBetween(1000L, LIMIT);
		QueryCost.Result many = cost(aliases(200, match), Map.of());
		assertThat(many.cost()).isEqualTo(200 * one.cost());
		assertThat(many.backendFields()).isEqualTo(200);
	}

	@Test
	@DisplayName("first from the variables counts like a literal, clamped to 1..100")
	void firstFromVariables() {
		String query = "query($n: Int!) { search(input: {text: \"电池\"}, first: $n) { edges { node { id } } } }";
		long ten = cost(query, Map.of("n", 10)).cost();
		long hundred = cost(query, Map.of("n", 100)).cost();
		assertThat(hundred).isGreaterThan(ten);
		assertThat(cost(query, Map.of("n", 1_000_000)).cost()).isEqualTo(hundred);
	}

	@Test
	@DisplayName("999 aliases of achievement(id) are 999 fields that reach Elasticsearch")
	void backendFields() {
		assertThat(cost(aliases(999, "achievement(id: \"ach-demo-00001\") { id }"), Map.of()).backendFields())
			.isEqualTo(999);
	}

	@Test
	@DisplayName("bestMatches, batched per queue page, is one field that reaches Elasticsearch whatever the page size, and its weight counts per entry (each entry's search still runs)")
	void batchedBestMatches() {
		String query = "query($n: Int!) { expertQueue(first: $n) { edges { node { demand { id } bestMatches(first: 3) { score item { __typename id } } } } } }";
		String withoutMatches = "query($n: Int!) { expertQueue(first: $n) { edges { node { demand { id } } } } }";
		QueryCost.Result twenty = cost(query, Map.of("n", 20));
		QueryCost.Result forty = cost(query, Map.of("n", 40));
		assertThat(twenty.backendFields()).isEqualTo(2);
		assertThat(forty.backendFields()).isEqualTo(2);
		long perEntry = (forty.cost() - cost(withoutMatches, Map.of("n", 40)).cost()) / 40;
		assertThat(twenty.cost() - cost(withoutMatches, Map.of("n", 20)).cost()).isEqualTo(20 * perEntry);
		// the weight of the field (10) and its three matches with their items
		assertThat(perEntry).isEqualTo(10 + 3 * (1 + 1));
	}

	@Test
	@DisplayName("the README's search with facets and highlights costs little")
	void readmeSearch() {
		String query = "{ search(input: {text: \"动力电池回收\"}, first: 2) { totalCount edges { node { __typename id title ... on Achievement { maturity } } highlights { field fragments } } pageInfo { hasNextPage endCursor } facets { dimension label values { value label count input { chains } } } } }";
		assertThat(cost(query, Map.of()).cost()).isBetween(10L, 1000L);
	}

	@Test
	@DisplayName("fragments count where they are spread")
	void fragments() {
		long inline = cost("{ search(input: {}, first: 50) { edges { node { id title } } } }", Map.of()).cost();
		long spread = cost(
				"{ search(input: {}, first: 50) { edges { ...E } } } fragment E on SupplyEdge { node { id title } }",
				Map.of())
			.cost();
		assertThat(spread).isEqualTo(inline);
	}

}
