package org.techmatch.bench;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandService;
import org.techmatch.embedding.EmbeddingBackfill;
import org.techmatch.matching.MatchQueryBuilder;

/**
 * {@code -Dbench=match}: {@code matchDemand(first: 10)} over 50 demo demands through
 * GraphQL (read the demand, rank the text candidates with their vectors, fetch the page
 * with highlights), and the character-bigram BM25 baseline of the relevance benchmark for
 * the same demands (title and description over the {@code bigram} subfields, the page's
 * records without their long fields) sent straight to Elasticsearch, at concurrency 1 and
 * 8; p50/p95/p99 and the GraphQL/direct ratio. A third path, {@code { __typename }}
 * through the same stack, shows the floor any GraphQL request pays. The demo corpus and
 * demands get their vectors first.
 */
final class MatchLatencyBench {

	static final int DEMANDS = 50;

	static final String QUERY = "query($id: ID!) { matchDemand(id: $id, first: 10) { totalCount edges { cursor node { score "
			+ "reasons { kind label detail weight } item { __typename id title } } } pageInfo { hasNextPage endCursor } } }";

	/**
	 * The cheapest request through the same HTTP, security and GraphQL stack: it reaches
	 * no Elasticsearch, so it is the floor under any matchDemand, however it is computed.
	 */
	static final String FLOOR = "{\"query\":\"{ __typename }\"}";

	private final BenchTarget target;

	MatchLatencyBench(BenchTarget target) {
		this.target = target;
	}

	void run() throws Exception {
		long started = System.nanoTime();
		long embedded = this.target.app().getBean(EmbeddingBackfill.class).embedMissing();
		System.out.printf("vectors of the demo corpus and demands: %d made in %d s%n", embedded,
				(System.nanoTime() - started) / 1_000_000_000);
		DemandService demands = this.target.app().getBean(DemandService.class);
		JsonMapper json = JsonMapper.builder().build();
		String directPath = "/" + String.join(",", MatchQueryBuilder.supplyIndices())
				+ "/_search?ignore_unavailable=true&allow_no_indices=true";
		List<String> graphqlBodies = new ArrayList<>();
		List<String> directBodies = new ArrayList<>();
		for (int n = 1; n <= DEMANDS; n++) {
			String id = String.format("dem-demo-%04d", n * 5);
			Demand demand = demands.demand(id).orElseThrow();
			graphqlBodies
				.add("{\"query\":\"" + QUERY.replace("\"", "\\\"") + "\",\"variables\":{\"id\":\"" + id + "\"}}");
			ObjectNode body = json.createObjectNode();
			body.put("size", 10);
			ObjectNode multiMatch = body.putObject("query").putObject("multi_match");
			multiMatch.put("query", demand.title() + " " + demand.description());
			multiMatch.putArray("fields").add("title.bigram").add("description.bigram");
			multiMatch.put("type", "most_fields");
			body.putObject("_source")
				.putArray("excludes")
				.add("description")
				.add("representativeResults")
				.add("equipment")
				.add("contact")
				.add("vector")
				.add("embedding");
			directBodies.add(json.writeValueAsString(body));
		}
		List<LatencyBench.Result> results = new ArrayList<>();
		for (int concurrency : new int[] { 1, 8 }) {
			int requests = (concurrency == 1) ? 300 : 800;
			results.addAll(LatencyBench.sideBySide(concurrency, requests,
					new LatencyBench.Path("bigram BM25 direct",
							(i) -> this.target.elasticsearch(directPath, directBodies.get(i % DEMANDS))),
					new LatencyBench.Path("graphql matchDemand",
							(i) -> this.target.graphql(graphqlBodies.get(i % DEMANDS))),
					new LatencyBench.Path("graphql floor (__typename)", (i) -> this.target.graphql(FLOOR))));
		}
		System.out.println();
		System.out.println("matchDemand(first: 10), " + DEMANDS + " demo demands in rotation");
		System.out.println();
		System.out.println(LatencyBench.Result.header());
		results.forEach((r) -> System.out.println(r.row()));
		System.out.println();
		for (int i = 0; i < results.size(); i += 3) {
			LatencyBench.Result direct = results.get(i);
			LatencyBench.Result graphql = results.get(i + 1);
			LatencyBench.Result floor = results.get(i + 2);
			System.out.printf(
					"concurrency %d: p50 matchDemand / bigram BM25 direct = %.2f (%.1f ms / %.1f ms); target <= 1.3: %s%n",
					direct.concurrency(), graphql.p50() / direct.p50(), graphql.p50(), direct.p50(),
					(graphql.p50() <= 1.3 * direct.p50()) ? "MET" : "NOT MET");
			System.out.printf(
					"concurrency %d: p50 of a GraphQL request that reaches no Elasticsearch / bigram BM25 direct = %.2f (%.1f ms)%n",
					direct.concurrency(), floor.p50() / direct.p50(), floor.p50());
		}
	}

}
