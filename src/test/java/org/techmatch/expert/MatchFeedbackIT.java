package org.techmatch.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techmatch.expert.WorkflowClient.codes;
import static org.techmatch.expert.WorkflowClient.recommendation;

/** The enterprise's answers reach matching. */
class MatchFeedbackIT extends ElasticsearchIntegrationTest {

	@Autowired
	private HttpGraphQlTester anonymous;

	private WorkflowClient client;

	@BeforeEach
	void client() {
		this.client = new WorkflowClient(this.anonymous);
	}

	@Test
	@DisplayName("an item declined as NOT_A_FIT no longer appears in that demand's matchDemand (for anyone); one declined for PRICE stays, marked; a recommended item is marked for the expert and the owner, not for anonymous callers")
	void declinedNotAFitLeavesMatches() {
		String expert = tokens().expert();
		String enterprise = tokens().enterprise();
		String demandId = (String) this.client.submit(enterprise, "旧电池回收处理技术（反馈）").get("id");
		List<String> before = this.client.matchIds(null, demandId);
		assertThat(before).hasSizeGreaterThan(3);
		String notAFit = before.get(0);
		String tooExpensive = before.get(1);
		String proposed = before.get(2);
		this.client.assign(expert, demandId);
		Map<String, Object> first = recommendation(this.client.recommend(expert, demandId, notAFit, "推荐一", true));
		Map<String, Object> second = recommendation(this.client.recommend(expert, demandId, tooExpensive, "推荐二", true));
		this.client.recommend(expert, demandId, proposed, "还没发送", false);
		assertThat(codes(this.client.respond(enterprise, first, "DECLINED", "NOT_A_FIT"))).isEmpty();
		assertThat(codes(this.client.respond(enterprise, second, "DECLINED", "PRICE"))).isEmpty();

		List<String> after = this.client.matchIds(null, demandId);
		assertThat(after).doesNotContain(notAFit).contains(tooExpensive, proposed);
		// the candidate query leaves it out, so the next item by text takes its place
		assertThat(after).containsAll(before.subList(1, before.size() - 1));
		assertThat(this.client.matchIds(expert, demandId)).doesNotContain(notAFit);

		assertThat(marks(expert, demandId)).containsEntry(tooExpensive, "DECLINED")
			.containsEntry(proposed, "PROPOSED")
			.hasSize(2);
		assertThat(marks(enterprise, demandId)).containsEntry(tooExpensive, "DECLINED").hasSize(1);
		assertThat(marks(null, demandId)).isEmpty();
		assertThat(marks(tokens().otherEnterprise(), demandId)).isEmpty();

		// the reasons are counted per item and per expert (experts and administrators)
		List<Map<String, Object>> perItem = this.client.list(expert,
				"query($keys: [ID!]) { declineStats(groupBy: SUPPLY_ITEM, keys: $keys) { key declined reasons { key count } } }",
				Map.of("keys", List.of(notAFit, tooExpensive)), "declineStats");
		assertThat(perItem).extracting((c) -> c.get("key")).containsExactlyInAnyOrder(notAFit, tooExpensive);
		assertThat(perItem).filteredOn((c) -> c.get("key").equals(notAFit))
			.singleElement()
			.satisfies((c) -> assertThat((List<?>) c.get("reasons")).asList()
				.contains(Map.of("key", "NOT_A_FIT", "count", 1)));
		List<Map<String, Object>> perExpert = this.client.list(expert,
				"{ declineStats(groupBy: EXPERT, keys: [\"acc-demo-expert-li\"]) { key label declined reasons { key count } } }",
				Map.of(), "declineStats");
		assertThat(perExpert).filteredOn((c) -> c.get("key").equals("acc-demo-expert-li"))
			.singleElement()
			.satisfies((c) -> assertThat(c.get("label")).isEqualTo("李专家"));
		WorkflowClient.expectError(this.client.call(enterprise, "{ declineStats(groupBy: EXPERT) { key } }", Map.of()),
				"FORBIDDEN");
	}

	@Test
	@DisplayName("an item declined as NOT_A_FIT or ALREADY_SOLVED no longer lists that demand in its demandsFor (for anyone); one declined for PRICE still does")
	void declinedNotAFitLeavesDemandsFor() {
		String expert = tokens().expert();
		String enterprise = tokens().enterprise();
		String demandId = (String) this.client.submit(enterprise, "旧电池回收处理技术（反向反馈）").get("id");
		// items that list this demand among their own matches (the reverse direction)
		List<String> serving = new ArrayList<>();
		for (String item : this.client.matchIds(null, demandId).subList(0, 15)) {
			if (demandsFor(null, item).contains(demandId)) {
				serving.add(item);
			}
			if (serving.size() == 3) {
				break;
			}
		}
		assertThat(serving).as("items whose demandsFor lists the new demand").hasSize(3);
		String notAFit = serving.get(0);
		String solved = serving.get(1);
		String tooExpensive = serving.get(2);
		this.client.assign(expert, demandId);
		Map<String, Object> first = recommendation(this.client.recommend(expert, demandId, notAFit, "推荐一", true));
		Map<String, Object> second = recommendation(this.client.recommend(expert, demandId, solved, "推荐二", true));
		Map<String, Object> third = recommendation(this.client.recommend(expert, demandId, tooExpensive, "推荐三", true));
		assertThat(codes(this.client.respond(enterprise, first, "DECLINED", "NOT_A_FIT"))).isEmpty();
		assertThat(codes(this.client.respond(enterprise, second, "DECLINED", "ALREADY_SOLVED"))).isEmpty();
		assertThat(codes(this.client.respond(enterprise, third, "DECLINED", "PRICE"))).isEmpty();

		for (String token : java.util.Arrays.asList(null, expert, enterprise)) {
			assertThat(demandsFor(token, notAFit)).as("NOT_A_FIT").doesNotContain(demandId);
			assertThat(demandsFor(token, solved)).as("ALREADY_SOLVED").doesNotContain(demandId);
			assertThat(demandsFor(token, tooExpensive)).as("PRICE").contains(demandId);
		}
		// the other direction still holds
		assertThat(this.client.matchIds(null, demandId)).doesNotContain(notAFit, solved).contains(tooExpensive);
	}

	/**
	 * The ids of the demands {@code demandsFor(supplyId)} lists, as {@code token} sees
	 * them.
	 */
	private List<String> demandsFor(String token, String supplyId) {
		return this.client
			.list(token,
					"query($id: ID!) { demandsFor(supplyId: $id, first: 100) { edges { node { demand { id } } } } }",
					Map.of("id", supplyId), "demandsFor.edges")
			.stream()
			.map((edge) -> (String) ((Map<?, ?>) ((Map<?, ?>) edge.get("node")).get("demand")).get("id"))
			.toList();
	}

	/**
	 * Supply id → recommendation status, of the marked matches as {@code token} sees
	 * them.
	 */
	private Map<String, String> marks(String token, String demandId) {
		Map<String, String> marks = new java.util.HashMap<>();
		for (Map<String, Object> edge : this.client.list(token, WorkflowClient.MATCH_IDS, Map.of("id", demandId),
				"matchDemand.edges")) {
			Map<?, ?> node = (Map<?, ?>) edge.get("node");
			Map<?, ?> mark = (Map<?, ?>) node.get("recommendation");
			if (mark != null) {
				marks.put((String) ((Map<?, ?>) node.get("item")).get("id"), (String) mark.get("status"));
			}
		}
		return marks;
	}

}
