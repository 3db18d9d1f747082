package org.techmatch.demand;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's two reads for 我的需求: {@code myDemands} (the caller's organisation's
 * demands) and {@code matchDemand(require:)}.
 */
class MyDemandsIT extends ElasticsearchIntegrationTest {

	private static final String MINE = "{ myDemands(first: 100) { id ownerOrganization version } }";

	private static final String SUBMIT = "mutation($input: SubmitDemandInput!) { submitDemand(input: $input) { demand { id } } }";

	@Autowired
	private HttpGraphQlTester anonymous;

	private HttpGraphQlTester as(String token) {
		return TestTokens.as(this.anonymous, token);
	}

	private String submit(String token, String title) {
		return as(token).document(SUBMIT)
			.variable("input",
					Map.of("title", title, "description", "我们回收了大量退役动力电池，需要一套梯次利用和检测分选的技术方案。", "chain", "动力电池", "city",
							"新乡"))
			.execute()
			.path("submitDemand.demand.id")
			.entity(String.class)
			.get();
	}

	private List<String> mine(String token) {
		return as(token).document(MINE).execute().path("myDemands[*].id").entityList(String.class).get();
	}

	/** The reason kinds of each match of a matchDemand answer. */
	@SuppressWarnings("unchecked")
	private static List<List<String>> kinds(GraphQlTester.Response response) {
		return response.path("matchDemand.edges")
			.entityList(Map.class)
			.get()
			.stream()
			.map((edge) -> ((List<Map<String, Object>>) ((Map<String, Object>) edge.get("node")).get("reasons"))
				.stream()
				.map((reason) -> (String) reason.get("kind"))
				.toList())
			.toList();
	}

	private static void expectCode(GraphQlTester.Response response, String code) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
		});
	}

	@Test
	@DisplayName("myDemands: a member sees the organisation's demands, newest first, with their version; not another organisation's")
	void organisationsDemands() {
		String first = submit(tokens().enterprise(), "梯次利用技术需求一");
		String second = submit(tokens().colleague(), "梯次利用技术需求二");
		String other = submit(tokens().otherEnterprise(), "另一家公司的需求");
		List<String> ours = mine(tokens().enterprise());
		assertThat(ours).contains(first, second).doesNotContain(other);
		assertThat(ours.indexOf(second)).isLessThan(ours.indexOf(first));
		assertThat(mine(tokens().otherEnterprise())).contains(other).doesNotContain(first, second);
		as(tokens().enterprise()).document(MINE)
			.execute()
			.path("myDemands[0].version")
			.entity(String.class)
			.satisfies((version) -> assertThat(version).isNotBlank());
	}

	@Test
	@DisplayName("myDemands: anonymous UNAUTHENTICATED, experts and administrators FORBIDDEN, first outside 1..100 BAD_USER_INPUT")
	void roles() {
		expectCode(this.anonymous.document(MINE).execute(), "UNAUTHENTICATED");
		expectCode(as(tokens().expert()).document(MINE).execute(), "FORBIDDEN");
		expectCode(as(tokens().admin()).document(MINE).execute(), "FORBIDDEN");
		expectCode(as(tokens().enterprise()).document("{ myDemands(first: 0) { id } }").execute(), "BAD_USER_INPUT");
	}

	@Test
	@DisplayName("matchDemand(require: [SAME_CITY]): every match is in the demand's city; without require some are not")
	void requireFilters() {
		String id = submit(tokens().enterprise(), "退役动力电池梯次利用");
		String query = "query($id: ID!, $require: [MatchReasonKind!]) { matchDemand(id: $id, require: $require, first: 20) { totalCount edges { node { reasons { kind } } } } }";
		List<List<String>> free = kinds(this.anonymous.document(query).variable("id", id).execute());
		assertThat(free).anyMatch((kinds) -> !kinds.contains("SAME_CITY"));
		List<List<String>> required = kinds(
				this.anonymous.document(query).variable("id", id).variable("require", List.of("SAME_CITY")).execute());
		assertThat(required).isNotEmpty().allMatch((kinds) -> kinds.contains("SAME_CITY"));
	}

}
