package org.techmatch.expert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.techmatch.expert.WorkflowClient.codes;
import static org.techmatch.expert.WorkflowClient.expectError;
import static org.techmatch.expert.WorkflowClient.recommendation;

/**
 * The README's flow, each step under its role's token: an enterprise submits a demand; an
 * expert finds it in the queue, claims it and recommends two items with notes; the
 * enterprise declines one for PRICE and accepts the other; the expert advances it to
 * CONTRACTED with 120 万元, 技术许可; transferStats of this month counts them. (The
 * subscription step is the events' test.)
 */
class WorkflowFlowIT extends ElasticsearchIntegrationTest {

	static final String QUEUE = "query($filter: QueueFilter) { expertQueue(filter: $filter, first: 100) { totalCount edges { cursor node { recommendationCount demand { id status assignment { expertName } } bestMatches(first: 2) { item { id } } } } pageInfo { hasNextPage } } }";

	static final String TRANSFER = "query($from: Date!, $to: Date!) { transferStats(from: $from, to: $to, groupBy: MONTH) { contracts turnoverWan groups { key contracts turnoverWan } } }";

	static final String PIPELINE = "query($from: Date!, $to: Date!) { pipelineStats(from: $from, to: $to) { stages { stage demands conversionFromPrevious medianDaysFromPrevious } } }";

	@Autowired
	private HttpGraphQlTester anonymous;

	private WorkflowClient client;

	@BeforeEach
	void client() {
		this.client = new WorkflowClient(this.anonymous);
	}

	@Test
	@DisplayName("submit → queue → claim → two recommendations sent → PRICE decline and acceptance → CONTACTED → NEGOTIATING → CONTRACTED (120 万元, 技术许可) → this month's transferStats include it; the demand is CONTRACTED")
	void readmeFlow() {
		String expert = tokens().expert();
		String enterprise = tokens().enterprise();
		LocalDate today = LocalDate.now();
		Map<String, Object> month = Map.of("from", YearMonth.from(today).atDay(1).toString(), "to",
				YearMonth.from(today).atEndOfMonth().toString());
		Map<String, Object> before = this.client.object(null, TRANSFER, month, "transferStats");

		// 1. the enterprise submits a demand
		String demandId = (String) this.client.submit(enterprise, "旧电池回收处理技术").get("id");

		// 2. the expert finds it in the queue, claims it, recommends two items
		Map<String, Object> filter = Map.of("statuses", List.of("OPEN"), "chains", List.of("NEV_BATTERY"), "cities",
				List.of("新乡"), "unassigned", true);
		Map<String, Object> entry = entry(expert, filter, demandId);
		assertThat(entry.get("recommendationCount")).isEqualTo(0);
		List<String> best = ((List<?>) entry.get("bestMatches")).stream()
			.map((m) -> (String) ((Map<?, ?>) ((Map<?, ?>) m).get("item")).get("id"))
			.toList();
		assertThat(best).hasSize(2);
		Map<String, Object> claimed = this.client.assign(expert, demandId);
		assertThat(codes(claimed)).isEmpty();
		assertThat(WorkflowClient.demand(claimed).get("status")).isEqualTo("MATCHING");
		assertThat(entry(expert, Map.of("assignedTo", "acc-demo-expert-li"), demandId)).isNotNull();
		Map<String, Object> first = this.client.recommend(expert, demandId, best.get(0), "正极材料回收成熟，可谈许可", true);
		Map<String, Object> second = this.client.recommend(expert, demandId, best.get(1), "中试线已建成，适合合作开发", true);
		assertThat(codes(first)).isEmpty();
		assertThat(codes(second)).isEmpty();
		assertThat(recommendation(first).get("status")).isEqualTo("SENT");
		assertThat(recommendation(first).get("expertName")).isEqualTo("李专家");
		assertThat(entry(expert, Map.of("assignedTo", "acc-demo-expert-li"), demandId).get("recommendationCount"))
			.isEqualTo(2);
		expectError(this.client.call(enterprise, QUEUE, Map.of()), "FORBIDDEN");

		// 4. the enterprise reads them, declines one for PRICE, accepts the other
		List<Map<String, Object>> seen = this.client.list(enterprise, WorkflowClient.RECOMMENDATIONS,
				Map.of("id", demandId), "recommendations");
		assertThat(seen).extracting((r) -> r.get("status")).containsExactly("SENT", "SENT");
		Map<String, Object> declined = this.client.respond(enterprise, seen.get(0), "DECLINED", "PRICE");
		assertThat(recommendation(declined).get("declineReason")).isEqualTo("PRICE");
		Map<String, Object> rec = recommendation(this.client.respond(enterprise, seen.get(1), "ACCEPTED", null));
		assertThat(rec.get("status")).isEqualTo("ACCEPTED");

		// 5. the expert advances the accepted one to CONTRACTED: 120 万元, 技术许可
		for (String step : List.of("CONTACTED", "NEGOTIATING", "CONTRACTED")) {
			Map<String, Object> payload = this.client.advance(expert, rec, step);
			assertThat(codes(payload)).as(step).isEmpty();
			rec = recommendation(payload);
		}
		assertThat(rec.get("contract"))
			.isEqualTo(Map.of("valueWan", 120.0, "type", "LICENSE", "typeLabel", "技术许可", "signedOn", today.toString()));
		assertThat(this.client.object(enterprise, "query($id: ID!) { demand(id: $id) { status } }",
				Map.of("id", demandId), "demand"))
			.containsEntry("status", "CONTRACTED");
		List<Map<String, Object>> history = this.client
			.list(expert, WorkflowClient.RECOMMENDATIONS, Map.of("id", demandId), "recommendations")
			.get(1)
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().equals("history"))
			.map((e) -> (List<Map<String, Object>>) e.getValue())
			.findFirst()
			.orElseThrow();
		assertThat(history).extracting((h) -> h.get("to"))
			.containsExactly("PROPOSED", "SENT", "ACCEPTED", "CONTACTED", "NEGOTIATING", "CONTRACTED");
		assertThat(history).extracting((h) -> h.get("actorRole"))
			.containsExactly("EXPERT", "EXPERT", "ENTERPRISE", "EXPERT", "EXPERT", "EXPERT");

		// 6. this month's transferStats include the 120 万元 and the one contract
		Map<String, Object> after = this.client.object(null, TRANSFER, month, "transferStats");
		assertThat(((Number) after.get("contracts")).longValue())
			.isEqualTo(((Number) before.get("contracts")).longValue() + 1);
		assertThat(((Number) after.get("turnoverWan")).doubleValue())
			.isCloseTo(((Number) before.get("turnoverWan")).doubleValue() + 120, within(0.01));
		Map<?, ?> thisMonth = (Map<?, ?>) ((List<?>) after.get("groups")).get(0);
		assertThat(thisMonth.get("key")).isEqualTo(YearMonth.from(today).toString());

		// the funnel of today's demands counts this one at every stage
		List<Map<String, Object>> stages = this.client.list(null, PIPELINE,
				Map.of("from", today.toString(), "to", today.toString()), "pipelineStats.stages");
		assertThat(stages).extracting((s) -> s.get("stage"))
			.containsExactly("SUBMITTED", "REVIEWED", "RECOMMENDED", "ACCEPTED", "CONTRACTED");
		assertThat(stages).allSatisfy((s) -> assertThat(((Number) s.get("demands")).longValue()).isPositive());
		assertThat(stages.get(4).get("medianDaysFromPrevious")).isNotNull();
	}

	@Test
	@DisplayName("transferStats by EXPERT is for experts and administrators (anonymous UNAUTHENTICATED, enterprise FORBIDDEN); a range ending before it starts is BAD_USER_INPUT; marketStats answers both sides")
	void statsAccess() {
		String byExpert = "{ transferStats(from: \"2026-01-01\", to: \"2026-12-31\", groupBy: EXPERT) { contracts groups { label } } }";
		expectError(this.client.call(null, byExpert, Map.of()), "UNAUTHENTICATED");
		expectError(this.client.call(tokens().enterprise(), byExpert, Map.of()), "FORBIDDEN");
		this.client.call(tokens().admin(), byExpert, Map.of()).path("transferStats.contracts").hasValue();
		expectError(this.client.call(null,
				"{ transferStats(from: \"2026-12-01\", to: \"2026-01-01\", groupBy: MONTH) { contracts } }", Map.of()),
				"BAD_USER_INPUT");
		Map<String, Object> market = this.client.object(null,
				"{ marketStats { supply { total byCluster { key label count } byMaturity { key count } } demand { total byCity { key count } } } }",
				Map.of(), "marketStats");
		Map<?, ?> supply = (Map<?, ?>) market.get("supply");
		assertThat(((Number) supply.get("total")).longValue()).isGreaterThanOrEqualTo(11_587);
		assertThat((List<?>) supply.get("byCluster")).hasSize(7);
		assertThat(((Number) ((Map<?, ?>) market.get("demand")).get("total")).longValue()).isPositive();
	}

	/** The queue entry of {@code demandId} under {@code filter}; fails when absent. */
	private Map<String, Object> entry(String token, Map<String, Object> filter, String demandId) {
		List<Map<String, Object>> edges = this.client.list(token, QUEUE, Map.of("filter", filter), "expertQueue.edges");
		return edges.stream()
			.map((edge) -> (Map<String, Object>) edge.get("node"))
			.filter((node) -> demandId.equals(((Map<?, ?>) node.get("demand")).get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(demandId + " is not in the queue filtered by " + filter));
	}

}
