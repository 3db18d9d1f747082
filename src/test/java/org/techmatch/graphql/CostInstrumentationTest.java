package org.techmatch.graphql;

import java.time.Duration;
import java.util.Map;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost refusal and the request timeout on a small schema, without a server. */
class CostInstrumentationTest {

	private static GraphQL graphQl(CostInstrumentation instrumentation, int[] calls) {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser()
			.parse("type Query { slow: String fast: String items(first: Int): [Item] } type Item { name: String }"),
				RuntimeWiring.newRuntimeWiring().type("Query", (type) -> type.dataFetcher("slow", (env) -> {
					calls[0]++;
					Thread.sleep(1200);
					return "slow";
				}).dataFetcher("fast", (env) -> {
					calls[1]++;
					return "fast";
				}).dataFetcher("items", (env) -> {
					calls[0]++;
					return java.util.List.of();
				})).build());
		return GraphQL.newGraphQL(schema).instrumentation(instrumentation).build();
	}

	@Test
	@DisplayName("a request over the cost limit is refused with QUERY_TOO_COMPLEX and no data fetcher runs")
	void refusesBeforeRunning() {
		int[] calls = { 0, 0 };
		GraphQL graphQl = graphQl(new CostInstrumentation(50, 20, Duration.ofSeconds(5)), calls);
		ExecutionResult result = graphQl.execute("{ items(first: 100) { name } }");
		assertThat(result.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX"));
		assertThat(calls[0] + calls[1]).isZero();
		assertThat(result.getExtensions()).containsKey("cost");
	}

	@Test
	@DisplayName("an accepted request answers with extensions.cost { requested limit }")
	void costOnAnswer() {
		ExecutionResult result = graphQl(new CostInstrumentation(500, 20, Duration.ofSeconds(5)), new int[2])
			.execute("{ items(first: 10) { name } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.getExtensions().get("cost")).isEqualTo(Map.of("requested", 10L, "limit", 500L));
	}

	@Test
	@DisplayName("after the request timeout no further field is fetched: TIMEOUT")
	void timeout() {
		int[] calls = { 0, 0 };
		ExecutionResult result = graphQl(new CostInstrumentation(500, 20, Duration.ofMillis(1000)), calls)
			.execute("{ slow fast }");
		assertThat(calls[1]).isZero();
		assertThat(result.getErrors()).filteredOn((error) -> error.getPath().equals(java.util.List.of("fast")))
			.singleElement()
			.isInstanceOfSatisfying(ExceptionWhileDataFetching.class,
					(error) -> assertThat(error.getException()).isInstanceOfSatisfying(ApiException.class,
							(ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.TIMEOUT)));
	}

}
