package org.techmatch.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Service;

import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.SupplyId;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandService;
import org.techmatch.demand.DemandVersion;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.PageInfo;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.matching.Connections.DemandConnection;
import org.techmatch.matching.Connections.Edge;
import org.techmatch.matching.Connections.MatchConnection;
import org.techmatch.supply.SupplyHits;
import org.techmatch.supply.SupplyLongFields;

/**
 * Matching: a stored demand or an ad-hoc need against the supply, and a supply item
 * against the open demands. Each page is one Elasticsearch search (plus reading the
 * demand or supply item it starts from); reasons come from that search's
 * {@code matched_queries} and highlights.
 */
@Service
public class MatchService {

	private final ElasticsearchClient client;

	private final MatchQueryBuilder queryBuilder;

	private final MatchReasons reasons;

	private final NeedValidator needValidator;

	private final DemandService demandService;

	private final CatalogService catalogService;

	private final SupplyHits supplyHits;

	private final DemandDocumentMapper demandMapper;

	public MatchService(ElasticsearchClient client, MatchQueryBuilder queryBuilder, MatchReasons reasons,
			NeedValidator needValidator, DemandService demandService, CatalogService catalogService,
			SupplyHits supplyHits, DemandDocumentMapper demandMapper) {
		this.client = client;
		this.queryBuilder = queryBuilder;
		this.reasons = reasons;
		this.needValidator = needValidator;
		this.demandService = demandService;
		this.catalogService = catalogService;
		this.supplyHits = supplyHits;
		this.demandMapper = demandMapper;
	}

	/**
	 * Supply for a stored demand, fetching only {@code longFields} of the items' long
	 * text fields ({@link SupplyLongFields#ALL}; what the client selected).
	 */
	public MatchConnection matchDemand(String demandId, int first, SearchCursor after, List<String> longFields) {
		Demand demand = this.demandService.demand(demandId)
			.orElseThrow(() -> ApiException.notFound("Demand", demandId));
		return matchNeed(Need.of(demand), first, after, longFields);
	}

	/**
	 * Supply for an ad-hoc need (nothing is stored), fetching only {@code longFields} of
	 * the items' long text fields.
	 */
	public MatchConnection match(Need need, int first, List<String> longFields) {
		this.needValidator.validate(need);
		return matchNeed(need, first, null, longFields);
	}

	/**
	 * The search request {@code matchDemand} sends for one page (benchmarks send it
	 * straight to Elasticsearch).
	 */
	public SearchRequest matchDemandRequest(Demand demand, int first, List<String> longFields) {
		return this.queryBuilder.supplySearch(this.queryBuilder.supplyFor(Need.of(demand)), first + 1, null,
				SupplyLongFields.unselected(longFields));
	}

	private MatchConnection matchNeed(Need need, int first, SearchCursor after, List<String> longFields) {
		MatchPlan plan = this.queryBuilder.supplyFor(need);
		SearchRequest request = this.queryBuilder.supplySearch(plan, first + 1, after,
				SupplyLongFields.unselected(longFields));
		SearchResponse<SupplyDocument> response = search(request, SupplyDocument.class);
		Page<Match> page = page(response, first, after, (hit) -> {
			SupplyItem item = this.supplyHits.item(hit.source());
			return new Match(score(hit), item,
					this.reasons.forSupply(orEmpty(hit.matchedQueries()), hit.highlight(), plan.criteria(), item));
		});
		return new MatchConnection(page.total, page.edges, page.pageInfo);
	}

	/**
	 * Open demands that an achievement ({@code ach-}) or capability ({@code cap-}) could
	 * serve.
	 */
	public DemandConnection demandsFor(String supplyId, int first, SearchCursor after) {
		SupplyProfile supply = supplyProfile(supplyId);
		MatchPlan plan = this.queryBuilder.demandsFor(supply);
		SearchResponse<DemandDocument> response = search(this.queryBuilder.demandSearch(plan, first + 1, after),
				DemandDocument.class);
		Page<DemandMatch> page = page(response, first, after, (hit) -> {
			DemandDocument document = hit.source();
			String version = (hit.seqNo() != null && hit.primaryTerm() != null)
					? new DemandVersion(hit.seqNo(), hit.primaryTerm()).encode() : "";
			Demand demand = this.demandMapper.toDemand(document, version);
			return new DemandMatch(score(hit), demand,
					this.reasons.forDemand(orEmpty(hit.matchedQueries()), hit.highlight(), plan.criteria(), demand));
		});
		return new DemandConnection(page.total, page.edges, page.pageInfo);
	}

	private SupplyProfile supplyProfile(String supplyId) {
		SupplyId id = SupplyId.parse(supplyId)
			.orElseThrow(() -> ApiException.badInput("supplyId",
					"supplyId must be an achievement (ach-…) or capability (cap-…) id"));
		return this.catalogService.item(id)
			.map(SupplyProfile::of)
			.orElseThrow(() -> ApiException.notFound(id.type().typeName(), supplyId));
	}

	private <D> SearchResponse<D> search(SearchRequest request, Class<D> documentType) {
		try {
			return this.client.search(request, documentType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One page of edges from a search that asked for {@code first + 1} hits (the extra
	 * one says a next page exists).
	 */
	private static <D, T> Page<T> page(SearchResponse<D> response, int first, SearchCursor after,
			Function<Hit<D>, T> toNode) {
		List<Hit<D>> hits = response.hits().hits();
		List<Edge<T>> edges = new ArrayList<>();
		for (Hit<D> hit : hits.subList(0, Math.min(first, hits.size()))) {
			edges.add(new Edge<>(new SearchCursor(hit.sort(), null).encode(), toNode.apply(hit)));
		}
		long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
		PageInfo pageInfo = new PageInfo(hits.size() > first, after != null,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Page<>(total, edges, pageInfo);
	}

	private static double score(Hit<?> hit) {
		if (hit.score() != null) {
			return Math.round(hit.score() * 1000) / 1000.0;
		}
		// sorted by score: it is the first sort value
		return hit.sort().isEmpty() ? 0 : Math.round(hit.sort().get(0).doubleValue() * 1000) / 1000.0;
	}

	private record Page<T>(long total, List<Edge<T>> edges, PageInfo pageInfo) {
	}

	static Map<String, Double> orEmpty(Map<String, Double> map) {
		return (map != null) ? map : Map.of();
	}

}
