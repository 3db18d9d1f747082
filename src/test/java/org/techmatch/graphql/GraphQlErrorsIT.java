package org.techmatch.graphql;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors graphql-java raises before any resolver runs still carry a code, over real HTTP.
 */
class GraphQlErrorsIT extends ElasticsearchIntegrationTest {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	@DisplayName("a syntax error gives BAD_USER_INPUT")
	void syntaxError() {
		expectCode("{ platform { version ", "BAD_USER_INPUT");
	}

	@Test
	@DisplayName("an unknown field gives BAD_USER_INPUT")
	void unknownField() {
		expectCode("{ platform { nope } }", "BAD_USER_INPUT");
	}

	@Test
	@DisplayName("an unknown enum value gives BAD_USER_INPUT")
	void unknownEnumValue() {
		expectCode(
				"mutation { importSupply(input: {kind: PATENT, path: \"x.csv\", sourceBatch: \"b\"}) { userErrors { code } } }",
				"BAD_USER_INPUT");
	}

	@Test
	@DisplayName("a query nested deeper than the limit gives QUERY_TOO_COMPLEX")
	void tooDeep() {
		expectCode(nestedClusters(8), "QUERY_TOO_COMPLEX");
	}

	@Test
	@DisplayName("a query selecting more fields than the limit (through aliases and a fragment) gives QUERY_TOO_COMPLEX")
	void tooManyFields() {
		StringBuilder document = new StringBuilder("{");
		// 400 × (1 + 5) = 2,400 fields
		for (int i = 0; i < 400; i++) {
			document.append(" c").append(i).append(": clusters { ...Names }");
		}
		document.append(" } fragment Names on IndustrialCluster { code name chains { code name } }");
		expectCode(document.toString(), "QUERY_TOO_COMPLEX");
	}

	@Test
	@DisplayName("the same query within the limits answers (the limit verdict is cached per query text, not per request)")
	void withinLimitsStillAnswers() {
		expectCode(nestedClusters(8), "QUERY_TOO_COMPLEX");
		this.graphQlTester.document(nestedClusters(2)).execute().errors().verify();
	}

	/**
	 * {@code clusters}, then {@code chains { cluster { … } } } {@code levels} times: 2 ×
	 * levels + 2 field levels.
	 */
	private static String nestedClusters(int levels) {
		String nested = "code";
		for (int i = 0; i < levels; i++) {
			nested = "chains { cluster { " + nested + " } }";
		}
		return "{ clusters { " + nested + " } }";
	}

	private void expectCode(String document, String code) {
		this.graphQlTester.document(document).execute().errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty();
			assertThat(errors).allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", code));
		});
	}

}
