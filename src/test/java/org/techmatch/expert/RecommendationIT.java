package org.techmatch.expert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.accounts.DemoAccounts;
import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techmatch.expert.WorkflowClient.codes;
import static org.techmatch.expert.WorkflowClient.demand;
import static org.techmatch.expert.WorkflowClient.expectError;
import static org.techmatch.expert.WorkflowClient.recommendation;

/**
 * Recommendations through the API: the state machine (every illegal move is
 * INVALID_TRANSITION), claims racing (one CONFLICT), and who may do what.
 */
class RecommendationIT extends ElasticsearchIntegrationTest {

	@Autowired
	private HttpGraphQlTester anonymous;

	private WorkflowClient client;

	@BeforeEach
	void client() {
		this.client = new WorkflowClient(this.anonymous);
	}

	@Test
	@DisplayName("from every status, every move the state machine does not allow is userError INVALID_TRANSITION and changes nothing")
	void everyIllegalTransition() {
		String expert = tokens().expert();
		String enterprise = tokens().enterprise();
		String demandId = (String) this.client.submit(enterprise, "废旧电池回收技术（状态机）").get("id");
		assertThat(codes(this.client.assign(expert, demandId))).isEmpty();
		Map<RecommendationStatus, Map<String, Object>> at = new LinkedHashMap<>();
		int n = 1;
		for (RecommendationStatus status : RecommendationStatus.values()) {
			Map<String, Object> rec = recommendation(
					this.client.recommend(expert, demandId, String.format("ach-demo-%05d", n++), "推荐", false));
			for (RecommendationStatus step : pathTo(status)) {
				Map<String, Object> payload = (step == RecommendationStatus.ACCEPTED
						|| step == RecommendationStatus.DECLINED)
								? this.client.respond(enterprise, rec, step.name(), "PRICE")
								: this.client.advance(expert, rec, step.name());
				assertThat(codes(payload)).as(status + " via " + step).isEmpty();
				rec = recommendation(payload);
			}
			assertThat(rec.get("status")).isEqualTo(status.name());
			at.put(status, rec);
		}
		int refused = 0;
		for (Map.Entry<RecommendationStatus, Map<String, Object>> entry : at.entrySet()) {
			RecommendationStatus from = entry.getKey();
			for (RecommendationStatus to : RecommendationStatus.values()) {
				boolean enterpriseMove = RecommendationTransitions.ENTERPRISE_MOVES.contains(to);
				if (RecommendationTransitions.allowed(from, to)) {
					continue;
				}
				Map<String, Object> payload = enterpriseMove && from != RecommendationStatus.PROPOSED
						? this.client.respond(enterprise, entry.getValue(), to.name(), "PRICE")
						: this.client.advance(expert, entry.getValue(), to.name());
				assertThat(codes(payload)).as(from + " → " + to).containsExactly("INVALID_TRANSITION");
				assertThat(recommendation(payload)).isNull();
				refused++;
			}
			// an expert never answers for the enterprise, even where the move exists
			if (from == RecommendationStatus.SENT) {
				assertThat(codes(this.client.advance(expert, entry.getValue(), "ACCEPTED")))
					.containsExactly("INVALID_TRANSITION");
			}
		}
		assertThat(refused).isEqualTo(64 - 11);
		List<Map<String, Object>> stored = this.client.list(expert, WorkflowClient.RECOMMENDATIONS,
				Map.of("id", demandId), "recommendations");
		assertThat(stored).extracting((r) -> r.get("status"))
			.containsExactly(at.keySet().stream().map(Enum::name).toArray());
		assertThat(stored).extracting((r) -> r.get("version"))
			.containsExactly(at.values().stream().map((r) -> r.get("version")).toArray());
	}

	/** The legal moves from PROPOSED to {@code status}. */
	private static List<RecommendationStatus> pathTo(RecommendationStatus status) {
		List<RecommendationStatus> path = new ArrayList<>();
		switch (status) {
			case PROPOSED -> {
			}
			case SENT -> path.add(RecommendationStatus.SENT);
			case DECLINED -> path.addAll(List.of(RecommendationStatus.SENT, RecommendationStatus.DECLINED));
			case CLOSED_NO_DEAL -> path.add(RecommendationStatus.CLOSED_NO_DEAL);
			default -> {
				List<RecommendationStatus> line = List.of(RecommendationStatus.SENT, RecommendationStatus.ACCEPTED,
						RecommendationStatus.CONTACTED, RecommendationStatus.NEGOTIATING,
						RecommendationStatus.CONTRACTED);
				path.addAll(line.subList(0, line.indexOf(status) + 1));
			}
		}
		return path;
	}

	@Test
	@DisplayName("two experts claiming one demand at once: one holds it, the other gets userError CONFLICT; the holder releases it and the other may claim")
	void claimRace() throws Exception {
		String demandId = (String) this.client.submit(tokens().enterprise(), "电池回收技术（抢单）").get("id");
		List<String> experts = List.of(tokens().expert(), tokens().tokenFor(DemoAccounts.EXPERT_2));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Map<String, Object>>> claims = experts.stream()
			.map((token) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return this.client.assign(token, demandId);
			}))
			.toList();
		start.countDown();
		List<Map<String, Object>> results = claims.stream().map(CompletableFuture::join).toList();
		List<Map<String, Object>> won = results.stream().filter((r) -> codes(r).isEmpty()).toList();
		assertThat(won).hasSize(1);
		assertThat(results.stream().filter((r) -> codes(r).equals(List.of("CONFLICT")))).hasSize(1);
		Map<String, Object> holder = demand(won.get(0));
		assertThat(holder.get("status")).isEqualTo("MATCHING");
		String winnerId = (String) ((Map<?, ?>) holder.get("assignment")).get("expertId");
		String winner = experts.get(winnerId.equals("acc-demo-expert-li") ? 0 : 1);
		String loser = experts.get(winnerId.equals("acc-demo-expert-li") ? 1 : 0);
		// the loser cannot take it, nor give it back
		assertThat(codes(this.client.assign(loser, demandId))).containsExactly("CONFLICT");
		expectError(this.client.call(loser, WorkflowClient.RELEASE, Map.of("input", Map.of("demandId", demandId))),
				"FORBIDDEN");
		Map<String, Object> released = this.client.object(winner, WorkflowClient.RELEASE,
				Map.of("input", Map.of("demandId", demandId)), "releaseDemand");
		assertThat(codes(released)).isEmpty();
		assertThat(demand(released).get("assignment")).isNull();
		assertThat(demand(released).get("status")).isEqualTo("MATCHING");
		assertThat(codes(this.client.assign(loser, demandId))).isEmpty();
	}

	@Test
	@DisplayName("8 concurrent recommend calls of the same item for the same demand: exactly one succeeds, the others are userError DUPLICATE on supplyId, and exactly one recommendation is stored")
	void duplicateRecommendationRace() throws Exception {
		String expert = tokens().expert();
		String demandId = (String) this.client.submit(tokens().enterprise(), "电池回收技术（重复推荐）").get("id");
		assertThat(codes(this.client.assign(expert, demandId))).isEmpty();
		int callers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				String note = "同时推荐 " + i;
				boolean send = i % 2 == 0;
				calls.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return this.client.recommend(expert, demandId, "ach-demo-00031", note, send);
				}, pool));
			}
			start.countDown();
			List<Map<String, Object>> results = calls.stream().map(CompletableFuture::join).toList();
			assertThat(results.stream().filter((r) -> codes(r).isEmpty())).hasSize(1);
			assertThat(results.stream().filter((r) -> !codes(r).isEmpty())).hasSize(callers - 1).allSatisfy((r) -> {
				assertThat(codes(r)).containsExactly("DUPLICATE");
				assertThat(((List<?>) r.get("userErrors"))).singleElement()
					.satisfies((e) -> assertThat(((Map<?, ?>) e).get("field")).isEqualTo("supplyId"));
				assertThat(recommendation(r)).isNull();
			});
		}
		finally {
			pool.shutdownNow();
		}
		List<Map<String, Object>> stored = this.client.list(expert, WorkflowClient.RECOMMENDATIONS,
				Map.of("id", demandId), "recommendations");
		assertThat(stored).extracting((r) -> r.get("supplyId")).containsExactly("ach-demo-00031");
		// and again, one after the other: still DUPLICATE
		assertThat(codes(this.client.recommend(expert, demandId, "ach-demo-00031", "再推一次", false)))
			.containsExactly("DUPLICATE");
	}

	@Test
	@DisplayName("a stale demand version on assignDemand is CONFLICT; a stale recommendation version is CONFLICT and changes nothing")
	void staleVersions() {
		String expert = tokens().expert();
		Map<String, Object> demand = this.client.submit(tokens().enterprise(), "电池回收技术（旧版本）");
		String demandId = (String) demand.get("id");
		Map<String, Object> claimed = this.client.assign(expert, demandId);
		assertThat(codes(this.client.object(tokens().tokenFor(DemoAccounts.EXPERT_2), WorkflowClient.ASSIGN,
				Map.of("input", Map.of("demandId", demandId, "version", demand.get("version"))), "assignDemand")))
			.containsExactly("CONFLICT");
		assertThat(codes(claimed)).isEmpty();
		Map<String, Object> rec = recommendation(
				this.client.recommend(expert, demandId, "ach-demo-00011", "推荐", false));
		Map<String, Object> sent = recommendation(this.client.advance(expert, rec, "SENT"));
		assertThat(codes(this.client.advance(expert, rec, "SENT"))).containsExactly("CONFLICT");
		assertThat(sent.get("status")).isEqualTo("SENT");
	}

	@Test
	@DisplayName("roles: an enterprise cannot recommend or advance, an expert cannot answer for an enterprise, another organisation cannot see or answer the recommendations (FORBIDDEN), anonymous callers UNAUTHENTICATED")
	void roles() {
		String expert = tokens().expert();
		String enterprise = tokens().enterprise();
		String other = tokens().otherEnterprise();
		String demandId = (String) this.client.submit(enterprise, "电池回收技术（角色）").get("id");
		Map<String, Object> recommendInput = Map.of("input",
				Map.of("demandId", demandId, "supplyId", "ach-demo-00021", "note", "推荐"));
		expectError(this.client.call(enterprise, WorkflowClient.RECOMMEND, recommendInput), "FORBIDDEN");
		expectError(this.client.call(null, WorkflowClient.RECOMMEND, recommendInput), "UNAUTHENTICATED");
		expectError(this.client.call(enterprise, WorkflowClient.ASSIGN, Map.of("input", Map.of("demandId", demandId))),
				"FORBIDDEN");
		// an expert recommends only for a demand they hold
		assertThat(codes(this.client.recommend(expert, demandId, "ach-demo-00021", "推荐", true)))
			.containsExactly("NOT_ASSIGNED");
		this.client.assign(expert, demandId);
		Map<String, Object> proposed = recommendation(
				this.client.recommend(expert, demandId, "ach-demo-00022", "还没发送", false));
		Map<String, Object> sent = recommendation(
				this.client.recommend(expert, demandId, "ach-demo-00021", "推荐", true));
		assertThat(codes(this.client.recommend(expert, demandId, "ach-demo-00021", "再推一次", true)))
			.containsExactly("DUPLICATE");
		// the owner sees the sent one only; another organisation sees none
		assertThat(
				this.client.list(enterprise, WorkflowClient.RECOMMENDATIONS, Map.of("id", demandId), "recommendations"))
			.extracting((r) -> r.get("id"))
			.containsExactly(sent.get("id"));
		expectError(this.client.call(enterprise, "query($id: ID!) { recommendation(id: $id) { id } }",
				Map.of("id", proposed.get("id"))), "NOT_FOUND");
		expectError(this.client.call(other, WorkflowClient.RECOMMENDATIONS, Map.of("id", demandId)), "FORBIDDEN");
		expectError(this.client.call(other, "query($id: ID!) { recommendation(id: $id) { id } }",
				Map.of("id", sent.get("id"))), "FORBIDDEN");
		expectError(this.client.call(null, WorkflowClient.RECOMMENDATIONS, Map.of("id", demandId)), "UNAUTHENTICATED");
		// answering: the owner's members only
		Map<String, Object> answer = new HashMap<>(
				Map.of("id", sent.get("id"), "version", sent.get("version"), "response", "ACCEPTED"));
		expectError(this.client.call(expert, WorkflowClient.RESPOND, Map.of("input", answer)), "FORBIDDEN");
		expectError(this.client.call(tokens().admin(), WorkflowClient.RESPOND, Map.of("input", answer)), "FORBIDDEN");
		expectError(this.client.call(other, WorkflowClient.RESPOND, Map.of("input", answer)), "FORBIDDEN");
		Map<String, Object> advanceInput = Map.of("input", Map.of("id", sent.get("id"), "version", sent.get("version"),
				"to", "CLOSED_NO_DEAL", "reason", "OTHER"));
		expectError(this.client.call(enterprise, WorkflowClient.ADVANCE, advanceInput), "FORBIDDEN");
		expectError(this.client.call(tokens().tokenFor(DemoAccounts.EXPERT_2), WorkflowClient.ADVANCE, advanceInput),
				"FORBIDDEN");
		Map<String, Object> accepted = this.client.respond(tokens().colleague(), sent, "ACCEPTED", null);
		assertThat(codes(accepted)).isEmpty();
		assertThat(recommendation(accepted).get("status")).isEqualTo("ACCEPTED");
	}

	@Test
	@DisplayName("DECLINED needs a reason, CLOSED_NO_DEAL a reason, CONTRACTED a valid contract: userErrors, nothing changed")
	void requiredInputs() {
		String expert = tokens().expert();
		String enterprise = tokens().enterprise();
		String demandId = (String) this.client.submit(enterprise, "电池回收技术（输入）").get("id");
		this.client.assign(expert, demandId);
		Map<String, Object> sent = recommendation(
				this.client.recommend(expert, demandId, "ach-demo-00031", "推荐", true));
		assertThat(codes(this.client.respond(enterprise, sent, "DECLINED", null))).containsExactly("REQUIRED");
		Map<String, Object> rec = sent;
		for (String step : List.of("ACCEPTED", "CONTACTED", "NEGOTIATING")) {
			rec = recommendation(step.equals("ACCEPTED") ? this.client.respond(enterprise, rec, step, null)
					: this.client.advance(expert, rec, step));
		}
		Map<String, Object> input = new HashMap<>(Map.of("id", rec.get("id"), "version", rec.get("version"), "to",
				"CONTRACTED", "contract", Map.of("valueWan", -5, "type", "LICENSE", "signedOn", "2099-01-01")));
		Map<String, Object> refused = this.client.object(expert, WorkflowClient.ADVANCE, Map.of("input", input),
				"advanceRecommendation");
		assertThat(codes(refused)).containsExactly("NEGATIVE");
		input.remove("contract");
		assertThat(codes(
				this.client.object(expert, WorkflowClient.ADVANCE, Map.of("input", input), "advanceRecommendation")))
			.containsExactly("REQUIRED");
		input.put("to", "CLOSED_NO_DEAL");
		assertThat(codes(
				this.client.object(expert, WorkflowClient.ADVANCE, Map.of("input", input), "advanceRecommendation")))
			.containsExactly("REQUIRED");
	}

}
