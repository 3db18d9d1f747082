package org.techmatch.graphql;

import java.util.Optional;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryLimitsTest {

	private final QueryLimits limits = new QueryLimits(3, 10);

	private Optional<GraphQLError> check(String query, String operationName) {
		return this.limits.check(Parser.parse(query), operationName);
	}

	@Test
	@DisplayName("depth counts nested field levels; fragments and inline fragments add none themselves")
	void depth() {
		assertThat(check("{ a { b { c } } }", null)).isEmpty();
		assertThat(check("{ a { b { c { d } } } }", null)).hasValueSatisfying((error) -> {
			assertThat(error.getMessage()).isEqualTo("The query is nested 4 levels deep; at most 3 are allowed");
			assertThat(error.getErrorType()).isEqualTo(ErrorType.ExecutionAborted);
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX");
		});
		assertThat(check("{ a { ...F } } fragment F on T { b { ... on U { c } } }", null)).isEmpty();
		assertThat(check("{ a { ...F } } fragment F on T { b { ... on U { c { d } } } }", null)).isPresent();
	}

	@Test
	@DisplayName("complexity counts every field with fragments expanded, each use of a fragment again")
	void complexity() {
		assertThat(check("{ a b c d e f g h i j }", null)).isEmpty();
		assertThat(check("{ a b c d e f g h i j k }", null))
			.hasValueSatisfying((error) -> assertThat(error.getMessage())
				.isEqualTo("The query selects 11 fields (fragments expanded); at most 10 are allowed"));
		// 2 + 2 × 4 fields
		assertThat(check("{ x: a { ...F } y: a { ...F } } fragment F on T { b c d e }", null)).isEmpty();
		assertThat(check("{ x: a { ...F } y: a { ...F } z: a { ...F } } fragment F on T { b c d e }", null))
			.isPresent();
	}

	@Test
	@DisplayName("top-level fields that reach Elasticsearch are counted with aliases and fragments, before validation")
	void backendFields() {
		QueryLimits limits = new QueryLimits(12, 2000, 2);
		assertThat(limits.check(Parser.parse("{ a: search { id } b: match { id } clusters { code } }"), null))
			.isEmpty();
		assertThat(limits.check(
				Parser.parse("{ a: search { id } b: match { id } ...F } fragment F on Query { c: achievement { id } }"),
				null))
			.hasValueSatisfying(
					(error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX"));
		assertThat(limits.check(Parser.parse(
				"mutation { a: reloadSynonyms { indices } b: reloadSynonyms { indices } c: reloadSynonyms { indices } }"),
				null))
			.isPresent();
	}

	@Test
	@DisplayName("a fragment doubling at every level is measured without walking it 2^n times")
	void fragmentBomb() {
		StringBuilder query = new StringBuilder("{ a { ...F0 } }");
		for (int i = 0; i < 60; i++) {
			query.append(" fragment F")
				.append(i)
				.append(" on T { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		query.append(" fragment F60 on T { b }");
		QueryLimits wide = new QueryLimits(100, 2000);
		assertThat(wide.check(Parser.parse(query.toString()), null))
			.hasValueSatisfying((error) -> assertThat(error.getMessage()).startsWith("The query selects more than"));
	}

	@Test
	@DisplayName("only the operation being run is measured")
	void operationByName() {
		String document = "query Small { a } query Deep { a { b { c { d } } } }";
		assertThat(check(document, "Small")).isEmpty();
		assertThat(check(document, "Deep")).isPresent();
		assertThat(check(document, "Unknown")).isEmpty();
	}

}
