package org.techmatch.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.matching.MatchStore;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.ElasticsearchRequestLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techmatch.expert.WorkflowClient.codes;
import static org.techmatch.expert.WorkflowClient.recommendation;

/**
 * The queue's best matches are batched: they are the first entries of each demand's
 * matchDemand (same items, order, scores, reasons and recommendation marks, declined
 * items left out), and a queue page costs the same Elasticsearch requests whatever its
 * size (counted on the application's client).
 */
@Import(ElasticsearchRequestLog.class)
class QueueBestMatchesIT extends ElasticsearchIntegrationTest {

	/**
	 * What is compared of a match: everything matchDemand and bestMatches both answer.
	 */
	static final String MATCH = "score item { __typename id title ... on Achievement { description maturity } ... on Capability { description } } reasons { kind label detail weight } recommendation { recommendationId status expertName }";

	static final String QUEUE = "query($filter: QueueFilter, $first: Int!, $best: Int) { expertQueue(filter: $filter, first: $first) { edges { node { demand { id } bestMatches(first: $best) { "
			+ MATCH + " } } } } }";

	static final String MATCH_DEMAND = "query($id: ID!, $first: Int!) { matchDemand(id: $id, first: $first) { edges { node { "
			+ MATCH + " } } } }";

	@Autowired
	private HttpGraphQlTester anonymous;

	@Autowired
	private MatchStore store;

	private WorkflowClient client;

	@BeforeEach
	void client() {
		// whole queue pages with their matches' descriptions: more than the default 256
		// kB
		this.client = new WorkflowClient(this.anonymous.mutate()
			.webTestClient((web) -> web.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)))
			.build());
	}

	@Test
	@DisplayName("each entry's bestMatches equal the first entries of matchDemand for that demand (items, order, scores, reasons, marks), for a page of demo demands and for a claimed demand with a NOT_A_FIT decline and a proposed recommendation")
	void bestMatchesAreMatchDemandsFirst() {
		String expert = tokens().expert();
		String enterprise = tokens().enterprise();
		String demandId = (String) this.client.submit(enterprise, "旧电池回收处理技术（队列）").get("id");
		List<String> before = this.client.matchIds(expert, demandId);
		assertThat(before).hasSizeGreaterThan(3);
		assertThat(codes(this.client.assign(expert, demandId))).isEmpty();
		Map<String, Object> declined = recommendation(
				this.client.recommend(expert, demandId, before.get(0), "推荐一", true));
		assertThat(codes(this.client.respond(enterprise, declined, "DECLINED", "NOT_A_FIT"))).isEmpty();
		assertThat(codes(this.client.recommend(expert, demandId, before.get(1), "还没发送", false))).isEmpty();

		List<Map<String, Object>> entries = new ArrayList<>();
		entries.addAll(queue(expert, Map.of(), 8, 5));
		entries.addAll(queue(expert,
				Map.of("assignedTo", "acc-demo-expert-li", "chains", List.of("NEV_BATTERY"), "cities", List.of("新乡")),
				30, 5));
		Map<String, Object> claimed = entries.stream()
			.filter((entry) -> demandId.equals(demandOf(entry)))
			.findFirst()
			.orElseThrow();
		assertThat(entries).hasSizeGreaterThan(8);

		int compared = 0;
		for (Map<String, Object> entry : entries) {
			List<Map<String, Object>> best = matches(entry);
			List<Map<String, Object>> direct = this.client
				.list(expert, MATCH_DEMAND, Map.of("id", demandOf(entry), "first", 5), "matchDemand.edges")
				.stream()
				.map((edge) -> (Map<String, Object>) edge.get("node"))
				.toList();
			assertThat(best).as("bestMatches of %s", demandOf(entry)).isEqualTo(direct);
			compared += best.isEmpty() ? 0 : 1;
		}
		assertThat(compared).isGreaterThan(8);

		List<Map<String, Object>> claimedMatches = matches(claimed);
		assertThat(claimedMatches).hasSize(5);
		assertThat(claimedMatches).extracting((m) -> (String) ((Map<?, ?>) m.get("item")).get("id"))
			.doesNotContain(before.get(0))
			.startsWith(before.get(1));
		assertThat((Map<String, Object>) claimedMatches.get(0).get("recommendation")).containsEntry("status",
				"PROPOSED");
	}

	@Test
	@DisplayName("bestMatches(first: 2) and (first: 5) of the same entries in one request: the shorter list starts the longer one")
	void differentFirstInOneRequest() {
		String query = "query { expertQueue(first: 6) { edges { node { demand { id } two: bestMatches(first: 2) { item { id } score } five: bestMatches(first: 5) { item { id } score } } } } }";
		List<Map<String, Object>> edges = this.client.list(tokens().expert(), query, Map.of(), "expertQueue.edges");
		assertThat(edges).hasSize(6);
		for (Map<String, Object> edge : edges) {
			Map<?, ?> node = (Map<?, ?>) edge.get("node");
			List<?> two = (List<?>) node.get("two");
			List<?> five = (List<?>) node.get("five");
			assertThat(five).hasSizeGreaterThanOrEqualTo(two.size());
			assertThat(five.subList(0, two.size())).isEqualTo(two);
		}
	}

	@Test
	@DisplayName("a queue page of 5 and one of 20 entries with their best matches cost the same Elasticsearch requests: with current stored lists the page, the recommendation counts and two _mget (the demands with their lists, the items); without, one _mget, three _msearch (feedback, candidates, pages) and one _bulk that stores the lists; no per-entry request")
	void requestsDoNotGrowWithThePage() {
		String expert = tokens().expert();
		List<String> five = requestsFor(expert, 5, false);
		List<String> twenty = requestsFor(expert, 20, false);
		assertThat(twenty).containsExactlyInAnyOrderElementsOf(five);
		assertThat(twenty).filteredOn((r) -> r.contains("/_mget")).hasSize(2);
		assertThat(twenty).filteredOn((r) -> r.contains("/_search")).hasSize(2);
		assertThat(twenty).hasSize(4);

		five = requestsFor(expert, 5, true);
		twenty = requestsFor(expert, 20, true);
		assertThat(twenty).containsExactlyInAnyOrderElementsOf(five);
		assertThat(twenty).filteredOn((r) -> r.contains("/_msearch")).hasSize(3);
		assertThat(twenty).filteredOn((r) -> r.contains("/_mget")).hasSize(1);
		assertThat(twenty).filteredOn((r) -> r.contains("/_bulk")).hasSize(1);
		assertThat(twenty).filteredOn((r) -> r.contains("/_search")).hasSize(2);
		assertThat(twenty).noneMatch((r) -> r.contains("techmatch-achievements") || r.contains("/_doc/"));
		assertThat(twenty).hasSize(7);
	}

	/**
	 * The application's Elasticsearch requests for one queue page of {@code first}
	 * entries with three best matches each (warmed up first, and then, when
	 * {@code forget}, the entries' stored lists marked not current; the event log's
	 * polling and the supply stamp's left out).
	 */
	private List<String> requestsFor(String token, int first, boolean forget) {
		List<Map<String, Object>> warm = queue(token, Map.of(), first, 3);
		assertThat(warm).hasSize(first);
		if (forget) {
			warm.forEach((entry) -> this.store.forget(demandOf(entry)));
		}
		ElasticsearchRequestLog.clear();
		List<Map<String, Object>> entries = queue(token, Map.of(), first, 3);
		List<String> requests = ElasticsearchRequestLog.requests();
		assertThat(entries).hasSize(first);
		assertThat(entries).allSatisfy((entry) -> assertThat(matches(entry)).isNotEmpty());
		return requests;
	}

	private List<Map<String, Object>> queue(String token, Map<String, Object> filter, int first, int best) {
		return this.client
			.list(token, QUEUE, Map.of("filter", filter, "first", first, "best", best), "expertQueue.edges")
			.stream()
			.map((edge) -> (Map<String, Object>) edge.get("node"))
			.toList();
	}

	private static String demandOf(Map<String, Object> entry) {
		return (String) ((Map<?, ?>) entry.get("demand")).get("id");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> matches(Map<String, Object> entry) {
		return (List<Map<String, Object>>) entry.get("bestMatches");
	}

}
