package org.techmatch.demand;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demand mutations on the real node: validation, optimistic concurrency, closing, and
 * matching a stored demand.
 */
class DemandIT extends ElasticsearchIntegrationTest {

	@Autowired
	private HttpGraphQlTester anonymous;

	/** A member of the demo enterprise: submits and owns the demands of these tests. */
	private HttpGraphQlTester graphQlTester;

	@BeforeEach
	void signIn() {
		this.graphQlTester = TestTokens.as(this.anonymous, tokens().enterprise());
	}

	private static Map<String, Object> input() {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "旧电池回收处理技术");
		input.put("description", "我们每年收上来很多用过的锂电池，想找一套拆解和提取锂钴镍的环保回收技术。");
		input.put("chain", "动力电池");
		input.put("maturityAtLeast", "LAB_PROVEN");
		input.put("cooperationModes", List.of("LICENSE", "JOINT_DEVELOPMENT"));
		input.put("budget", Map.of("maxWan", 200));
		input.put("city", "新乡");
		input.put("deadline", LocalDate.now().plusMonths(6).toString());
		input.put("ownerOrganization", "新乡市测试再生资源有限公司");
		return input;
	}

	private Map<String, Object> submit(Map<String, Object> input) {
		return this.graphQlTester.documentName("submitDemand")
			.variable("input", input)
			.execute()
			.path("submitDemand")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> codes(Map<String, Object> payload) {
		return ((List<Map<String, Object>>) payload.get("userErrors")).stream()
			.map((e) -> (String) e.get("code"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> demand(Map<String, Object> payload) {
		return (Map<String, Object>) payload.get("demand");
	}

	private Map<String, Object> update(Map<String, Object> input) {
		return this.graphQlTester.documentName("updateDemand")
			.variable("input", input)
			.execute()
			.path("updateDemand")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@Test
	@DisplayName("updateDemand clears an optional field set to null and keeps the fields left out")
	void updateClearsExplicitNulls() {
		Map<String, Object> submitted = demand(submit(input()));
		Map<String, Object> changes = new HashMap<>();
		changes.put("id", submitted.get("id"));
		changes.put("version", submitted.get("version"));
		changes.put("city", null);
		changes.put("budget", null);
		assertThat(codes(update(changes))).isEmpty();
		this.graphQlTester.document(
				"query($id: ID!) { demand(id: $id) { title city budget { maxWan } maturityAtLeast chain { code } } }")
			.variable("id", submitted.get("id"))
			.execute()
			.path("demand.city")
			.valueIsNull()
			.path("demand.budget")
			.valueIsNull()
			.path("demand.title")
			.entity(String.class)
			.isEqualTo("旧电池回收处理技术")
			.path("demand.maturityAtLeast")
			.entity(String.class)
			.isEqualTo("LAB_PROVEN")
			.path("demand.chain.code")
			.entity(String.class)
			.isEqualTo("NEV_BATTERY");
	}

	@Test
	@DisplayName("submitDemand stores an OPEN demand with chain resolved from its name, readable by demand(id) and node(id)")
	void submitAndRead() {
		Map<String, Object> payload = submit(input());
		assertThat(codes(payload)).isEmpty();
		Map<String, Object> demand = demand(payload);
		String id = (String) demand.get("id");
		assertThat(id).startsWith("dem-");
		assertThat(demand.get("status")).isEqualTo("OPEN");
		assertThat(demand.get("chain")).isEqualTo(Map.of("code", "NEV_BATTERY", "name", "动力电池"));
		this.graphQlTester.document("query($id: ID!) { demand(id: $id) { version } node(id: $id) { __typename id } }")
			.variable("id", id)
			.execute()
			.path("demand.version")
			.entity(String.class)
			.isEqualTo((String) demand.get("version"))
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Demand");
	}

	@Test
	@DisplayName("two concurrent updateDemand with the same version: one succeeds, the other gets CONFLICT and changes nothing")
	void concurrentUpdates() throws Exception {
		Map<String, Object> created = demand(submit(input()));
		String id = (String) created.get("id");
		String version = (String) created.get("version");
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Map<String, Object>>> updates = List.of("甲方改的标题", "乙方改的标题")
			.stream()
			.map((title) -> CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return update(Map.of("id", id, "version", version, "title", title));
			}))
			.toList();
		start.countDown();
		List<Map<String, Object>> results = updates.stream().map(CompletableFuture::join).toList();
		List<Map<String, Object>> succeeded = results.stream().filter((r) -> codes(r).isEmpty()).toList();
		List<Map<String, Object>> conflicted = results.stream()
			.filter((r) -> codes(r).equals(List.of("CONFLICT")))
			.toList();
		assertThat(succeeded).hasSize(1);
		assertThat(conflicted).hasSize(1);
		assertThat(demand(conflicted.get(0))).isNull();
		String winner = (String) demand(succeeded.get(0)).get("title");
		this.graphQlTester.document("query($id: ID!) { demand(id: $id) { title version } }")
			.variable("id", id)
			.execute()
			.path("demand.title")
			.entity(String.class)
			.isEqualTo(winner)
			.path("demand.version")
			.entity(String.class)
			.isEqualTo((String) demand(succeeded.get(0)).get("version"));
	}

	@Test
	@DisplayName("each invalid input gives its user error code and stores nothing; a version never read from this API (\"0.0\") is BAD_USER_INPUT")
	void invalidInputs() {
		Map<String, Object> bad = input();
		bad.put("title", "");
		bad.put("description", "太短");
		bad.put("chain", "火星产业链");
		bad.put("budget", Map.of("minWan", -1, "maxWan", 10));
		bad.put("deadline", LocalDate.now().minusDays(1).toString());
		bad.put("keywords", java.util.Collections.nCopies(11, "电池"));
		Map<String, Object> payload = submit(bad);
		assertThat(demand(payload)).isNull();
		assertThat(codes(payload)).containsExactlyInAnyOrder("REQUIRED", "TOO_SHORT", "UNKNOWN_CHAIN", "NEGATIVE",
				"IN_THE_PAST", "TOO_MANY");

		Map<String, Object> created = demand(submit(input()));
		String id = (String) created.get("id");
		for (String version : List.of("not-a-version", "0.0")) {
			this.graphQlTester.documentName("updateDemand")
				.variable("input", Map.of("id", id, "version", version, "title", "新的标题"))
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
					assertThat(error.getExtensions()).containsEntry("argument", "input.version");
				}));
		}
		assertThat(codes(update(Map.of("id", "dem-doesnotexist", "version", "0.1", "title", "新的标题"))))
			.containsExactly("NOT_FOUND");
		assertThat(codes(update(Map.of("id", id, "version", "999.1", "title", "新的标题")))).containsExactly("CONFLICT");
		var closed = this.graphQlTester.document(
				"mutation($id: ID!, $v: String!) { closeDemand(input: {id: $id, version: $v}) { demand { status version } userErrors { code } } }")
			.variable("id", id)
			.variable("v", (String) created.get("version"))
			.execute();
		closed.path("closeDemand.demand.status").entity(String.class).isEqualTo("CLOSED");
		String closedVersion = closed.path("closeDemand.demand.version").entity(String.class).get();
		assertThat(codes(update(Map.of("id", id, "version", closedVersion, "title", "新的标题"))))
			.containsExactly("CLOSED");
		this.graphQlTester.documentName("submitDemand")
			.variable("input",
					Map.of("title", "标题标题", "description", "描述描述描述描述描述", "ownerOrganization", "某公司", "maturityAtLeast",
							"ALMOST_READY"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
	}

	@Test
	@DisplayName("matchDemand for a submitted demand ranks battery recycling first and explains chain, maturity and mode")
	@SuppressWarnings("unchecked")
	void matchSubmittedDemand() {
		String id = (String) demand(submit(input())).get("id");
		List<Map<String, Object>> nodes = this.graphQlTester.documentName("matchDemand")
			.variable("id", id)
			.variable("first", 10)
			.execute()
			.path("matchDemand.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(nodes).hasSize(10);
		List<String> kindsOfTop = ((List<Map<String, Object>>) nodes.get(0).get("reasons")).stream()
			.map((r) -> (String) r.get("kind"))
			.toList();
		assertThat(kindsOfTop).contains("TEXT", "SAME_CHAIN");
		assertThat(nodes).allSatisfy((n) -> assertThat((String) ((Map<String, Object>) n.get("item")).get("title"))
			.containsAnyOf("电池", "锂"));
	}

}
