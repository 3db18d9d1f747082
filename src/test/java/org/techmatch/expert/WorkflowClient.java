package org.techmatch.expert;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow's GraphQL calls as the integration tests send them, each under a token.
 */
final class WorkflowClient {

	static final String SUBMIT = "mutation($input: SubmitDemandInput!) { submitDemand(input: $input) { demand { id version status } userErrors { code } } }";

	static final String ASSIGN = "mutation($input: AssignDemandInput!) { assignDemand(input: $input) { demand { id status version assignment { expertId expertName } } userErrors { field code message } } }";

	static final String RELEASE = "mutation($input: AssignDemandInput!) { releaseDemand(input: $input) { demand { id status assignment { expertId } } userErrors { field code } } }";

	static final String RECOMMEND = "mutation($input: RecommendInput!) { recommend(input: $input) { recommendation { id status version supplyId note expertName } userErrors { field code message } } }";

	static final String RESPOND = "mutation($input: RespondToRecommendationInput!) { respondToRecommendation(input: $input) { recommendation { id status version declineReason } userErrors { field code message } } }";

	static final String ADVANCE = "mutation($input: AdvanceRecommendationInput!) { advanceRecommendation(input: $input) { recommendation { id status version contract { valueWan type typeLabel signedOn } } userErrors { field code message } } }";

	static final String RECOMMENDATIONS = "query($id: ID!) { recommendations(demandId: $id) { id status version supplyId history { actorName actorRole from to reason note } } }";

	static final String MATCH_IDS = "query($id: ID!) { matchDemand(id: $id, first: 100) { edges { node { item { id } recommendation { recommendationId status } } } } }";

	private final HttpGraphQlTester anonymous;

	WorkflowClient(HttpGraphQlTester anonymous) {
		// generous: the first write of a demand loads the embedding model, and the
		// machine
		// may be busy
		this.anonymous = anonymous.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	GraphQlTester.Response call(String token, String document, Map<String, Object> variables) {
		HttpGraphQlTester tester = (token != null) ? TestTokens.as(this.anonymous, token) : this.anonymous;
		// generous: the first write of a demand loads the embedding model, and the
		// machine
		// may be busy
		tester = tester.mutate().webTestClient((web) -> web.responseTimeout(Duration.ofSeconds(60))).build();
		GraphQlTester.Request<?> request = tester.document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	/** The object at {@code path} of a call that must succeed. */
	Map<String, Object> object(String token, String document, Map<String, Object> variables, String path) {
		return call(token, document, variables).path(path)
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	List<Map<String, Object>> list(String token, String document, Map<String, Object> variables, String path) {
		return call(token, document, variables).path(path)
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	/** A payload's userErrors codes (empty on success). */
	@SuppressWarnings("unchecked")
	static List<String> codes(Map<String, Object> payload) {
		return ((List<Map<String, Object>>) payload.get("userErrors")).stream()
			.map((e) -> (String) e.get("code"))
			.toList();
	}

	/** The one top-level error code of a call that must fail as a whole. */
	static void expectError(GraphQlTester.Response response, String code) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
		});
	}

	/** An enterprise demand about recycling batteries, submitted under {@code token}. */
	Map<String, Object> submit(String token, String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", title);
		input.put("description", "我们是做二手电动车的，每年收上来很多用过的锂电池，想找一套能把旧电池拆开、把锂钴镍提出来的技术，最好环保。");
		input.put("chain", "动力电池");
		input.put("cooperationModes", List.of("LICENSE", "JOINT_DEVELOPMENT"));
		input.put("budget", Map.of("maxWan", 200));
		input.put("city", "新乡");
		input.put("deadline", LocalDate.now().plusMonths(6).toString());
		Map<String, Object> payload = object(token, SUBMIT, Map.of("input", input), "submitDemand");
		assertThat(codes(payload)).isEmpty();
		return demand(payload);
	}

	Map<String, Object> assign(String token, String demandId) {
		return object(token, ASSIGN, Map.of("input", Map.of("demandId", demandId)), "assignDemand");
	}

	Map<String, Object> recommend(String token, String demandId, String supplyId, String note, boolean send) {
		return object(token, RECOMMEND,
				Map.of("input", Map.of("demandId", demandId, "supplyId", supplyId, "note", note, "send", send)),
				"recommend");
	}

	Map<String, Object> respond(String token, Map<String, Object> recommendation, String response, String reason) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", recommendation.get("id"));
		input.put("version", recommendation.get("version"));
		input.put("response", response);
		input.put("reason", reason);
		return object(token, RESPOND, Map.of("input", input), "respondToRecommendation");
	}

	Map<String, Object> advance(String token, Map<String, Object> recommendation, String to) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", recommendation.get("id"));
		input.put("version", recommendation.get("version"));
		input.put("to", to);
		input.put("reason", "OTHER");
		input.put("contract", Map.of("valueWan", 120, "type", "LICENSE", "signedOn", LocalDate.now().toString()));
		return object(token, ADVANCE, Map.of("input", input), "advanceRecommendation");
	}

	/** The ids of the demand's matches, best first (as the caller sees them). */
	List<String> matchIds(String token, String demandId) {
		return list(token, MATCH_IDS, Map.of("id", demandId), "matchDemand.edges").stream()
			.map((edge) -> (String) ((Map<?, ?>) ((Map<?, ?>) edge.get("node")).get("item")).get("id"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> demand(Map<String, Object> payload) {
		return (Map<String, Object>) payload.get("demand");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> recommendation(Map<String, Object> payload) {
		return (Map<String, Object>) payload.get("recommendation");
	}

}
