package org.techmatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;

import org.techmatch.accounts.AccountRepository;
import org.techmatch.accounts.TokenService;
import org.techmatch.demand.DemandService;
import org.techmatch.matching.MatchPlan;
import org.techmatch.matching.MatchQueryBuilder;
import org.techmatch.matching.Need;
import org.techmatch.support.TestTokens;

/**
 * {@code -Dbench=queue}: one expert queue page of {@value #PAGE} demands with each one's
 * best three matches, two ways, side by side at concurrency 1 and 4:
 * <ul>
 * <li>batched: {@code expertQueue { … bestMatches(first: 3) }}, as the queue answers it
 * now (one DataLoader call per page: an mget and three _msearch);</li>
 * <li>per entry: the same page without bestMatches and, in the same document, one
 * {@code matchDemand(first: 3)} alias per entry, which is what bestMatches did before it
 * was batched (a full matchDemand per entry, one after the other).</li>
 * </ul>
 * Besides the latencies it prints the Elasticsearch REST calls of one request of each
 * (the node's {@code _nodes/usage} counters before and after). Runs without sentence
 * vectors ({@code techmatch.embedding.enabled=false}: otherwise every demo demand without
 * a vector is embedded on every request, the same CPU on both paths), with the event
 * log's polling slowed down (its searches would count among the REST calls) and the limit
 * on fields that reach Elasticsearch raised for the per-entry document (21 fields).
 */
final class QueueBench {

	static final int PAGE = 20;

	static final String MATCH = "score item { __typename id title } reasons { kind weight }";

	/** The application arguments this benchmark runs with. */
	static final String[] ARGUMENTS = { "--techmatch.embedding.enabled=false", "--techmatch.embedding.backfill=false",
			"--techmatch.events.poll-interval=1h", "--techmatch.graphql.max-backend-fields=100" };

	private final BenchTarget target;

	private final JsonMapper json = JsonMapper.builder().build();

	QueueBench(BenchTarget target) {
		this.target = target;
	}

	void run() throws Exception {
		String token = new TestTokens(this.target.app().getBean(TokenService.class),
				this.target.app().getBean(AccountRepository.class))
			.expert();
		String batched = body("{ expertQueue(first: " + PAGE
				+ ") { edges { node { demand { id } bestMatches(first: 3) { " + MATCH + " } } } } }");
		JsonNode page = this.json.readTree(this.target.graphql(batched, token));
		List<String> ids = new ArrayList<>();
		for (JsonNode edge : page.path("data").path("expertQueue").path("edges")) {
			ids.add(edge.path("node").path("demand").path("id").asString());
		}
		if (ids.size() != PAGE) {
			throw new IllegalStateException("the queue has " + ids.size() + " demands, not " + PAGE);
		}
		StringBuilder perEntry = new StringBuilder(
				"{ expertQueue(first: " + PAGE + ") { edges { node { demand { id } } } }");
		for (int i = 0; i < ids.size(); i++) {
			perEntry.append(" m")
				.append(i)
				.append(": matchDemand(id: \"")
				.append(ids.get(i))
				.append("\", first: 3) { edges { node { ")
				.append(MATCH)
				.append(" } } }");
		}
		String perEntryBody = body(perEntry.append(" }").toString());
		sameMatches(batched, perEntryBody, token);

		candidateSearches(ids);
		Map<String, Long> batchedCalls = restCalls(batched, token);
		Map<String, Long> perEntryCalls = restCalls(perEntryBody, token);

		List<LatencyBench.Result> results = new ArrayList<>();
		for (int concurrency : new int[] { 1, 4 }) {
			int requests = (concurrency == 1) ? 100 : 200;
			results.addAll(LatencyBench.sideBySide(concurrency, requests, 1,
					new LatencyBench.Path("per entry (matchDemand × 20)",
							(i) -> this.target.graphql(perEntryBody, token)),
					new LatencyBench.Path("batched bestMatches", (i) -> this.target.graphql(batched, token))));
		}
		System.out.println();
		System.out.println("expertQueue(first: " + PAGE + ") with each entry's best 3 matches");
		System.out.println();
		System.out.println("Elasticsearch REST calls of one request (_nodes/usage):");
		System.out.println("  per entry: " + perEntryCalls);
		System.out.println("  batched:   " + batchedCalls);
		System.out.println();
		System.out.println(LatencyBench.Result.header());
		results.forEach((r) -> System.out.println(r.row()));
		System.out.println();
		for (int i = 0; i < results.size(); i += 2) {
			LatencyBench.Result before = results.get(i);
			LatencyBench.Result after = results.get(i + 1);
			System.out.printf("concurrency %d: p50 batched / per entry = %.2f (%.1f ms / %.1f ms)%n",
					before.concurrency(), after.p50() / before.p50(), after.p50(), before.p50());
		}
	}

	/**
	 * Where the time goes on the node: the page's 20 candidate searches (the heaviest
	 * step), sent straight to Elasticsearch one after the other and as one
	 * {@code _msearch} (default concurrency, and one search at a time), 20 rounds
	 * alternating; medians in ms.
	 */
	private void candidateSearches(List<String> ids) throws Exception {
		DemandService demands = this.target.app().getBean(DemandService.class);
		MatchQueryBuilder queries = this.target.app().getBean(MatchQueryBuilder.class);
		JsonpMapper mapper = this.target.app().getBean(ElasticsearchClient.class)._jsonpMapper();
		String path = "/" + String.join(",", MatchQueryBuilder.supplyIndices())
				+ "/_search?ignore_unavailable=true&allow_no_indices=true";
		List<String> bodies = new ArrayList<>();
		StringBuilder multi = new StringBuilder();
		for (String id : ids) {
			MatchPlan plan = queries.supplyFor(Need.of(demands.demand(id).orElseThrow()));
			String body = JsonpUtils.toJsonString(queries.supplyCandidates(plan, MatchQueryBuilder.supplyIndices()),
					mapper);
			bodies.add(body);
			multi.append("{}\n").append(body).append('\n');
		}
		String msearch = "/" + String.join(",", MatchQueryBuilder.supplyIndices())
				+ "/_msearch?ignore_unavailable=true&allow_no_indices=true";
		long[][] nanos = new long[3][20];
		for (int round = 0; round < 20; round++) {
			long t0 = System.nanoTime();
			for (String body : bodies) {
				this.target.elasticsearch(path, body);
			}
			long t1 = System.nanoTime();
			this.target.elasticsearchNdjson(msearch, multi.toString());
			long t2 = System.nanoTime();
			this.target.elasticsearchNdjson(msearch + "&max_concurrent_searches=1", multi.toString());
			long t3 = System.nanoTime();
			nanos[0][round] = t1 - t0;
			nanos[1][round] = t2 - t1;
			nanos[2][round] = t3 - t2;
		}
		System.out.printf("%nthe page's %d candidate searches straight to Elasticsearch, median of 20 rounds: "
				+ "one after the other %.1f ms, one _msearch %.1f ms, one _msearch with max_concurrent_searches=1 %.1f ms%n",
				ids.size(), median(nanos[0]), median(nanos[1]), median(nanos[2]));
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	/** Both documents answer the same matches for the same demands, or no numbers. */
	private void sameMatches(String batched, String perEntry, String token) throws Exception {
		JsonNode one = this.json.readTree(this.target.graphql(batched, token)).path("data");
		JsonNode other = this.json.readTree(this.target.graphql(perEntry, token)).path("data");
		JsonNode edges = one.path("expertQueue").path("edges");
		for (int i = 0; i < edges.size(); i++) {
			JsonNode best = edges.get(i).path("node").path("bestMatches");
			List<JsonNode> direct = new ArrayList<>();
			other.path("m" + i).path("edges").forEach((edge) -> direct.add(edge.path("node")));
			if (!this.json.valueToTree(direct).equals(best)) {
				throw new IllegalStateException("entry " + i + ": bestMatches " + best + " but matchDemand " + direct);
			}
		}
	}

	/** The node's REST calls (by action, those that moved) of one request. */
	private Map<String, Long> restCalls(String body, String token) throws Exception {
		Map<String, Long> before = usage();
		this.target.graphql(body, token);
		Map<String, Long> after = usage();
		Map<String, Long> delta = new java.util.TreeMap<>();
		after.forEach((action, count) -> {
			long moved = count - before.getOrDefault(action, 0L);
			if (moved > 0 && !action.contains("nodes_usage")) {
				delta.put(action, moved);
			}
		});
		return delta;
	}

	private Map<String, Long> usage() throws Exception {
		Map<String, Long> counts = new java.util.HashMap<>();
		JsonNode nodes = this.json.readTree(this.target.get("/_nodes/usage")).path("nodes");
		for (JsonNode node : nodes) {
			node.path("rest_actions")
				.properties()
				.forEach((entry) -> counts.merge(entry.getKey(), entry.getValue().asLong(), Long::sum));
		}
		return counts;
	}

	private String body(String query) throws Exception {
		return this.json.writeValueAsString(Map.of("query", query));
	}

}
