package org.techmatch.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.RawHttp;
import org.techmatch.support.TestElasticsearch;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cost, size and rate limits over real HTTP: refused before anything runs, with the codes
 * QUERY_TOO_COMPLEX, BAD_USER_INPUT and RATE_LIMITED.
 */
class LimitsIT extends ElasticsearchIntegrationTest {

	private RawHttp http;

	@LocalServerPort
	void port(int port) {
		this.http = new RawHttp(port);
	}

	private static String aliases(int count, String field) {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			query.append(" a").append(i).append(": ").append(field);
		}
		return query.append(" }").toString();
	}

	private static String depth12() {
		String nested = "code";
		for (int i = 0; i < 5; i++) {
			nested = "chains { cluster { " + nested + " } }";
		}
		return "clusters { " + nested + " }";
	}

	@SuppressWarnings("unchecked")
	private static List<Object> codes(RawHttp.Answer answer) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.json().getOrDefault("errors", List.of());
		return errors.stream().map((error) -> ((Map<String, Object>) error.get("extensions")).get("code")).toList();
	}

	/**
	 * Refused before anything runs: the second document (new to the server: parsed,
	 * validated and costed) is answered QUERY_TOO_COMPLEX without a single search
	 * reaching the catalogue indices (their {@code query_total} does not move). A first
	 * document of the same kind, itself refused, warms the path up.
	 */
	private void refusedBeforeElasticsearch(String warmUp, String query) {
		assertThat(codes(this.http.graphQl(warmUp, null, null))).containsExactly("QUERY_TOO_COMPLEX");
		long searchesBefore = catalogueSearches();
		RawHttp.Answer answer = this.http.graphQl(query, null, null);
		assertThat(codes(answer)).containsExactly("QUERY_TOO_COMPLEX");
		assertThat(answer.json().get("data")).isNull();
		assertThat(catalogueSearches()).isEqualTo(searchesBefore);
	}

	/**
	 * Searches the catalogue's indices have run so far, from the node's index statistics.
	 */
	@SuppressWarnings("unchecked")
	private static long catalogueSearches() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(
							TestElasticsearch.url() + "/techmatch-achievements,techmatch-capabilities/_stats/search"))
					.build(), HttpResponse.BodyHandlers.ofString());
			Map<String, Object> stats = JsonMapper.builder().build().readValue(response.body(), Map.class);
			Map<String, Object> all = (Map<String, Object>) stats.get("_all");
			Map<String, Object> search = (Map<String, Object>) ((Map<String, Object>) all.get("total")).get("search");
			return ((Number) search.get("query_total")).longValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	@DisplayName("five aliases of the depth-12 clusters/chains query are refused with QUERY_TOO_COMPLEX before Elasticsearch is asked")
	void nestedClustersRefused() {
		refusedBeforeElasticsearch(aliases(4, depth12()), aliases(5, depth12()));
	}

	@Test
	@DisplayName("200 aliases of match(first: 100) are refused with QUERY_TOO_COMPLEX before Elasticsearch is asked")
	void matchAliasesRefused() {
		String match = "match(need: {title: \"动力电池回收\", description: \"寻求退役动力电池梯次利用与材料回收技术\"}, first: 100) { edges { node { score item { __typename id title } } } }";
		refusedBeforeElasticsearch(aliases(199, match), aliases(200, match));
	}

	@Test
	@DisplayName("999 aliases of achievement(id) are refused with QUERY_TOO_COMPLEX")
	void backendAliasesRefused() {
		RawHttp.Answer answer = this.http.graphQl(aliases(999, "achievement(id: \"ach-demo-00001\") { id }"), null,
				null);
		assertThat(codes(answer)).containsExactly("QUERY_TOO_COMPLEX");
	}

	@Test
	@DisplayName("an accepted answer carries extensions.cost { requested limit }")
	@SuppressWarnings("unchecked")
	void costExtension() {
		RawHttp.Answer answer = this.http
			.graphQl("{ search(input: {text: \"电池\"}, first: 5) { edges { node { id } } } }", null, null);
		assertThat(answer.json()).doesNotContainKey("errors");
		Map<String, Object> cost = (Map<String, Object>) ((Map<String, Object>) answer.json().get("extensions"))
			.get("cost");
		assertThat(((Number) cost.get("requested")).longValue()).isBetween(10L, 100L);
		assertThat(((Number) cost.get("limit")).longValue()).isEqualTo(10_000L);
	}

	@Test
	@DisplayName("a 10 MB variable is refused with 413 and BAD_USER_INPUT before it is read")
	void bodySize() {
		String big = "x".repeat(10 * 1024 * 1024);
		RawHttp.Answer answer = this.http.graphQl("query($t: String!) { suggest(prefix: $t) { text } }",
				Map.of("t", big), null);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(codes(answer)).containsExactly("BAD_USER_INPUT");
	}

	@Test
	@DisplayName("a flood of 1,000 requests at concurrency 16 from one address gets RATE_LIMITED answers and no other error; then the server answers normally")
	void rateLimit() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<RawHttp.Answer>> answers = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				answers.add(pool.submit(() -> this.http.graphQl("{ __typename }", null, null)));
			}
			int limited = 0;
			int answered = 0;
			for (Future<RawHttp.Answer> future : answers) {
				RawHttp.Answer answer = future.get();
				if (answer.status() == 429) {
					assertThat(codes(answer)).containsExactly("RATE_LIMITED");
					limited++;
				}
				else {
					assertThat(answer.status()).isEqualTo(200);
					assertThat(answer.json()).doesNotContainKey("errors");
					answered++;
				}
			}
			assertThat(limited).isPositive();
			assertThat(answered).isPositive();
		}
		finally {
			pool.shutdown();
		}
		RawHttp.Answer after = null;
		for (int attempt = 0; attempt < 30; attempt++) {
			Thread.sleep(100);
			after = this.http.graphQl("{ catalogStats { achievements } }", null, null);
			if (after.status() == 200) {
				break;
			}
		}
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.json()).doesNotContainKey("errors");
	}

}
