package org.techmatch.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.catalog.CatalogIndices;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.importing.BatchImporter;
import org.techmatch.importing.ImportDefaults;
import org.techmatch.importing.ImportKind;
import org.techmatch.importing.ImportReport;
import org.techmatch.matching.MatchStore.StoredMatches;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.ElasticsearchRequestLog;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stored demand's matches come from its stored list while that is current, and are
 * computed again (the same answer a fresh computation gives) once the demand, the supply
 * or the feedback changed.
 */
@Import(ElasticsearchRequestLog.class)
class StoredMatchesIT extends ElasticsearchIntegrationTest {

	static final String MATCH_DEMAND = "query($id: ID!, $first: Int!, $after: String) { matchDemand(id: $id, first: $first, after: $after) { totalCount "
			+ "edges { cursor node { score item { __typename id title ... on Achievement { maturity } } reasons { kind label detail weight } "
			+ "recommendation { recommendationId status } } } pageInfo { hasNextPage endCursor } } }";

	static final String SUBMIT = "mutation($input: SubmitDemandInput!) { submitDemand(input: $input) { demand { id version } userErrors { code } } }";

	static final String UPDATE = "mutation($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id version } userErrors { code } } }";

	@Autowired
	private HttpGraphQlTester anonymous;

	@Autowired
	private MatchStore store;

	@Autowired
	private BatchImporter importer;

	@Autowired
	private ElasticsearchClient client;

	@Test
	@SuppressWarnings("unchecked")
	@DisplayName("a second matchDemand answers the same from the stored list in one _mget and no search (long fields: a second _mget); its next page too")
	void storedListAnswers() {
		String id = "dem-demo-0015";
		Map<String, Object> first = matchDemand(null, id, 10, null);
		assertThat(edges(first)).hasSize(10);
		// the log is the application's: a background job (the new matches of another
		// test's import, up to 200 demands) may add to it, so tries for up to two
		// minutes for a window without it
		List<String> requests = List.of();
		long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!(requests.size() == 1 && requests.get(0).contains("_mget")) && System.nanoTime() < until) {
			ElasticsearchRequestLog.clear();
			Map<String, Object> again = matchDemand(null, id, 10, null);
			requests = ElasticsearchRequestLog.requests();
			assertThat(again).isEqualTo(first);
		}
		assertThat(requests).hasSize(1).allSatisfy((r) -> assertThat(r).contains("_mget"));
		// long fields are never stored: read with the page's items
		List<Map<String, Object>> described = object(null,
				"query($id: ID!) { matchDemand(id: $id, first: 10) { edges { node { item { id ... on Achievement { description } } } } } }",
				Map.of("id", id), "matchDemand")
			.entrySet()
			.stream()
			.flatMap((e) -> edges(Map.of("edges", e.getValue())).stream())
			.map((edge) -> (Map<String, Object>) ((Map<?, ?>) edge.get("node")).get("item"))
			.toList();
		assertThat(described).extracting((item) -> item.get("id")).isEqualTo(ids(first));
		assertThat(described).filteredOn((item) -> ((String) item.get("id")).startsWith("ach-"))
			.allSatisfy((item) -> assertThat((String) item.get("description")).isNotBlank());
		StoredMatches stored = this.store.read(id).orElseThrow().stored();
		assertThat(stored.ranked()).hasSize(((Number) first.get("totalCount")).intValue());
		// the next page continues the stored ranking exactly as the whole list has it
		Map<String, Object> twenty = matchDemand(null, id, 20, null);
		String cursor = ((Map<?, ?>) first.get("pageInfo")).get("endCursor").toString();
		Map<String, Object> next = matchDemand(null, id, 10, cursor);
		assertThat(edges(next)).isEqualTo(edges(twenty).subList(10, 20));
		// past the entries stored with their reasons: computed, the same ranking
		Map<String, Object> hundred = matchDemand(null, id, 100, null);
		List<Map<String, Object>> all = edges(hundred);
		assertThat(all.size()).isGreaterThan(MatchStore.WITH_REASONS);
		String at30 = all.get(MatchStore.WITH_REASONS - 1).get("cursor").toString();
		Map<String, Object> late = matchDemand(null, id, 5, at30);
		assertThat(edges(late))
			.isEqualTo(all.subList(MatchStore.WITH_REASONS, Math.min(all.size(), MatchStore.WITH_REASONS + 5)));
	}

	@Test
	@DisplayName("after the enterprise edits its demand, matchDemand answers for the new text, as a fresh computation does")
	void editedDemandIsMatchedAgain() {
		String enterprise = tokens().enterprise();
		Map<String, Object> demand = object(enterprise, SUBMIT, Map.of("input",
				Map.of("title", "废旧锂电池回收拆解技术", "description", "我们每年收上来很多用过的动力锂电池，想找一套能把旧电池拆开、把锂钴镍提取出来的回收技术，最好环保。")),
				"submitDemand.demand");
		String id = (String) demand.get("id");
		List<String> before = ids(matchDemand(enterprise, id, 10, null));
		assertThat(this.store.read(id).orElseThrow().stored()).isNotNull();
		Map<String, Object> updated = object(
				enterprise, UPDATE, Map.of("input", Map.of("id", id, "version", demand.get("version"), "title",
						"小麦赤霉病绿色防控技术", "description", "我们合作社种了几千亩小麦，这几年赤霉病越来越重，想找一种绿色防控的技术或者生物药剂，少用化学农药。")),
				"updateDemand.demand");
		assertThat(updated.get("version")).isNotEqualTo(demand.get("version"));
		Map<String, Object> after = matchDemand(enterprise, id, 10, null);
		assertThat(ids(after)).isNotEqualTo(before);
		this.store.forget(id);
		assertThat(matchDemand(enterprise, id, 10, null)).isEqualTo(after);
	}

	@Test
	@DisplayName("an achievement imported for a demand is in its matches at once, as a fresh computation has it")
	void importedItemJoinsTheList(@TempDir Path dir) throws IOException {
		String id = "dem-demo-0020";
		List<String> before = ids(matchDemand(null, id, 10, null));
		Path file = dir.resolve("stored-matches.csv");
		// the demand's own text, so the new item must rank at the top
		Map<String, Object> demand = object(null, "query($id: ID!) { demand(id: $id) { title description } }",
				Map.of("id", id), "demand");
		Files.writeString(file, "成果名称,成果描述\n" + csv(demand.get("title")) + "," + csv(demand.get("description")) + "\n",
				StandardCharsets.UTF_8);
		ImportReport report = this.importer.importFile(ImportKind.ACHIEVEMENT, file, null,
				new ImportDefaults("stored-matches", null), (n) -> {
				});
		assertThat(report.created()).isEqualTo(1);
		Map<String, Object> after = matchDemand(null, id, 10, null);
		assertThat(ids(after)).isNotEqualTo(before);
		assertThat(titles(after)).contains((String) demand.get("title"));
		this.store.forget(id);
		assertThat(matchDemand(null, id, 10, null)).isEqualTo(after);
	}

	@Test
	@DisplayName("an item written straight to Elasticsearch (another instance, another client) is in the matches within seconds: the supply stamp is read once a second")
	@SuppressWarnings("unchecked")
	void writeByAnotherClientIsSeen() throws IOException {
		String id = "dem-demo-0030";
		String copy = "ach-stored-matches-direct";
		assertThat(ids(matchDemand(null, id, 10, null))).doesNotContain(copy);
		Map<String, Object> demand = object(null, "query($id: ID!) { demand(id: $id) { title description } }",
				Map.of("id", id), "demand");
		Map<String, Object> source = new java.util.HashMap<>(
				this.client.get((g) -> g.index(CatalogIndices.ACHIEVEMENTS.alias()).id("ach-demo-00001"), Map.class)
					.source());
		source.put("id", copy);
		source.put("title", demand.get("title"));
		source.put("description", demand.get("description"));
		this.client.index((i) -> i.index(CatalogIndices.ACHIEVEMENTS.alias())
			.id(copy)
			.document(source)
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
		try {
			await().atMost(Duration.ofSeconds(15))
				.pollInterval(Duration.ofMillis(250))
				.untilAsserted(() -> assertThat(ids(matchDemand(null, id, 10, null))).contains(copy));
		}
		finally {
			this.client.delete((d) -> d.index(CatalogIndices.ACHIEVEMENTS.alias())
				.id(copy)
				.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
		}
	}

	@Test
	@DisplayName("a list computed before a feedback write does not overwrite the mark the write left")
	void feedbackWriteWinsOverAnOlderComputation() {
		String id = "dem-demo-0025";
		matchDemand(null, id, 10, null);
		MatchStore.Read read = this.store.read(id).orElseThrow();
		assertThat(read.stored().currentFor(read.demand().demand().version(), read.stored().supplyStamp())).isTrue();
		this.store.forget(id);
		this.store.write(read, read.stored());
		StoredMatches now = this.store.read(id).orElseThrow().stored();
		assertThat(now.forgotten()).isTrue();
		assertThat(now.ranked()).isNull();
		// and the next read computes and stores it again
		matchDemand(null, id, 10, null);
		assertThat(this.store.read(id).orElseThrow().stored().forgotten()).isNull();
	}

	/**
	 * The connection, its cursors read back into what they stand for (each call seals
	 * them anew, with a fresh nonce).
	 */
	private Map<String, Object> matchDemand(String token, String id, int first, String after) {
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", id, "first", first));
		variables.put("after", after);
		Map<String, Object> connection = object(token, MATCH_DEMAND, variables, "matchDemand");
		for (Map<String, Object> edge : edges(connection)) {
			edge.put("cursor", opened((String) edge.get("cursor")));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> pageInfo = (Map<String, Object>) connection.get("pageInfo");
		pageInfo.put("endCursor", opened((String) pageInfo.get("endCursor")));
		return connection;
	}

	/** A cursor as the position it stands for, still usable as {@code after}. */
	private static Object opened(String cursor) {
		return (cursor != null) ? new Cursor(cursor,
				SearchCursor.decode(cursor)
					.searchAfter()
					.stream()
					.map((v) -> String.valueOf(v._get()))
					.toList()
					.toString())
				: null;
	}

	/** Equal when the positions are (the sealed text differs from call to call). */
	record Cursor(String sealed, String position) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Cursor cursor && cursor.position.equals(this.position);
		}

		@Override
		public int hashCode() {
			return this.position.hashCode();
		}

		@Override
		public String toString() {
			return this.sealed;
		}

	}

	private Map<String, Object> object(String token, String document, Map<String, Object> variables, String path) {
		HttpGraphQlTester tester = (token != null) ? TestTokens.as(this.anonymous, token) : this.anonymous;
		tester = tester.mutate().webTestClient((web) -> web.responseTimeout(Duration.ofSeconds(60))).build();
		GraphQlTester.Request<?> request = tester.document(document);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path(path).entity(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(Map<String, Object> connection) {
		return (List<Map<String, Object>>) connection.get("edges");
	}

	private static List<String> ids(Map<String, Object> connection) {
		return edges(connection).stream()
			.map((edge) -> (String) ((Map<?, ?>) ((Map<?, ?>) edge.get("node")).get("item")).get("id"))
			.toList();
	}

	private static String csv(Object value) {
		return "\"" + String.valueOf(value).replace("\"", "\"\"") + "\"";
	}

	private static List<String> titles(Map<String, Object> connection) {
		return edges(connection).stream()
			.map((edge) -> (String) ((Map<?, ?>) ((Map<?, ?>) edge.get("node")).get("item")).get("title"))
			.toList();
	}

}
