package org.techmatch.expert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandVersion;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.PageInfo;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.matching.Connections.Edge;

/**
 * The expert queue: demands that need review, oldest first, filtered; each with how many
 * recommendations it has (one aggregation per page). Two requests per page.
 */
@Service
public class QueueService {

	/** At most this many days back, for olderThanDays. */
	static final int MAX_DAYS = 3650;

	private final ElasticsearchClient client;

	private final QueueQueryBuilder queries;

	private final DemandDocumentMapper mapper;

	public QueueService(ElasticsearchClient client, QueueQueryBuilder queries, DemandDocumentMapper mapper) {
		this.client = client;
		this.queries = queries;
		this.mapper = mapper;
	}

	/** One entry of the queue: the demand and its number of recommendations. */
	public record QueueEntry(Demand demand, long recommendationCount) {
	}

	/** {@code QueueConnection}. */
	public record QueueConnection(long totalCount, List<Edge<QueueEntry>> edges, PageInfo pageInfo) {
	}

	/** EXPERT and ADMIN. */
	@PreAuthorize("hasAnyRole('EXPERT', 'ADMIN')")
	public QueueConnection queue(QueueFilter filter, int first, SearchCursor after) {
		QueueFilter given = (filter != null) ? filter : QueueFilter.NONE;
		if (given.olderThanDays() != null && (given.olderThanDays() < 0 || given.olderThanDays() > MAX_DAYS)) {
			throw ApiException.badInput("filter.olderThanDays", "olderThanDays must be between 0 and " + MAX_DAYS);
		}
		SearchResponse<DemandDocument> response = search(this.queries.page(given, first + 1, after),
				DemandDocument.class);
		List<Hit<DemandDocument>> hits = response.hits().hits();
		List<Hit<DemandDocument>> page = hits.subList(0, Math.min(first, hits.size()));
		Map<String, Long> counts = counts(page.stream().map(Hit::id).toList());
		List<Edge<QueueEntry>> edges = new ArrayList<>();
		for (Hit<DemandDocument> hit : page) {
			Demand demand = this.mapper.toDemand(hit.source(),
					new DemandVersion(hit.seqNo(), hit.primaryTerm()).encode());
			String cursor = new SearchCursor(hit.sort(), null, QueueQueryBuilder.SCOPE).encode();
			edges.add(new Edge<>(cursor, new QueueEntry(demand, counts.getOrDefault(hit.id(), 0L))));
		}
		long total = (response.hits().total() != null) ? response.hits().total().value() : edges.size();
		PageInfo pageInfo = new PageInfo(hits.size() > first, after != null,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new QueueConnection(total, edges, pageInfo);
	}

	private Map<String, Long> counts(List<String> demandIds) {
		Map<String, Long> counts = new HashMap<>();
		if (demandIds.isEmpty()) {
			return counts;
		}
		Aggregate perDemand = search(this.queries.recommendationCounts(demandIds), Void.class).aggregations()
			.get("perDemand");
		if (perDemand != null && perDemand.isSterms()) {
			for (StringTermsBucket bucket : perDemand.sterms().buckets().array()) {
				counts.put(bucket.key().stringValue(), bucket.docCount());
			}
		}
		return counts;
	}

	private <T> SearchResponse<T> search(co.elastic.clients.elasticsearch.core.SearchRequest request, Class<T> type) {
		try {
			return this.client.search(request, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
