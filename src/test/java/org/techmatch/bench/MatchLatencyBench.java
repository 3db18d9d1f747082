package org.techmatch.bench;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;

import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandService;
import org.techmatch.matching.MatchService;

/**
 * {@code -Dbench=match}: {@code matchDemand(first: 10)} over 50 demo demands through
 * GraphQL, and the same search request body (built by the same {@code MatchQueryBuilder})
 * sent straight to Elasticsearch, at concurrency 1 and 8; p50/p95/p99 and the
 * GraphQL/direct ratio.
 */
final class MatchLatencyBench {

	static final int DEMANDS = 50;

	static final String QUERY = "query($id: ID!) { matchDemand(id: $id, first: 10) { totalCount edges { cursor node { score "
			+ "reasons { kind label detail weight } item { __typename id title } } } pageInfo { hasNextPage endCursor } } }";

	private final BenchTarget target;

	MatchLatencyBench(BenchTarget target) {
		this.target = target;
	}

	void run() throws Exception {
		DemandService demands = this.target.app().getBean(DemandService.class);
		MatchService matching = this.target.app().getBean(MatchService.class);
		ElasticsearchClient client = this.target.app().getBean(ElasticsearchClient.class);
		List<String> graphqlBodies = new ArrayList<>();
		List<String> directPaths = new ArrayList<>();
		List<String> directBodies = new ArrayList<>();
		for (int n = 1; n <= DEMANDS; n++) {
			String id = String.format("dem-demo-%04d", n * 5);
			Demand demand = demands.demand(id).orElseThrow();
			graphqlBodies
				.add("{\"query\":\"" + QUERY.replace("\"", "\\\"") + "\",\"variables\":{\"id\":\"" + id + "\"}}");
			// QUERY selects no long text field of the items, as the application sees from
			// the selection
			SearchRequest request = matching.matchDemandRequest(demand, 10, List.of());
			directPaths.add("/" + String.join(",", request.index())
					+ "/_search?ignore_unavailable=true&allow_no_indices=true&include_named_queries_score=true");
			directBodies.add(JsonpUtils.toJsonString(request, client._jsonpMapper()));
		}
		List<LatencyBench.Result> results = new ArrayList<>();
		for (int concurrency : new int[] { 1, 8 }) {
			int requests = (concurrency == 1) ? 300 : 800;
			results.addAll(LatencyBench.sideBySide(concurrency, requests, new LatencyBench.Path("elasticsearch direct",
					(i) -> this.target.elasticsearch(directPaths.get(i % DEMANDS), directBodies.get(i % DEMANDS))),
					new LatencyBench.Path("graphql matchDemand",
							(i) -> this.target.graphql(graphqlBodies.get(i % DEMANDS)))));
		}
		System.out.println();
		System.out.println("matchDemand(first: 10), " + DEMANDS + " demo demands in rotation");
		System.out.println();
		System.out.println(LatencyBench.Result.header());
		results.forEach((r) -> System.out.println(r.row()));
		System.out.println();
		for (int i = 0; i < results.size(); i += 2) {
			LatencyBench.Result direct = results.get(i);
			LatencyBench.Result graphql = results.get(i + 1);
			System.out.printf(
					"concurrency %d: p50 GraphQL/direct = %.2f (%.1f ms / %.1f ms); target <= 1.3 and <= 60 ms: %s%n",
					direct.concurrency(), graphql.p50() / direct.p50(), graphql.p50(), direct.p50(),
					(graphql.p50() <= 1.3 * direct.p50() && graphql.p50() <= 60) ? "MET" : "NOT MET");
		}
	}

}
