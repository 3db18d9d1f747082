package org.techmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;

import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.SupplyId;
import org.techmatch.catalog.SupplyType;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.PageInfo;
import org.techmatch.graphql.Paging;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.search.SearchQueryBuilder.Target;
import org.techmatch.search.SupplyConnection.SupplyEdge;

/**
 * {@code search} and {@code similar}: one Elasticsearch request per page (hits, total and
 * facets together), pages on a point in time with {@code search_after}, and the failures
 * a client can cause (bad or expired cursor, unknown id) turned into
 * {@code BAD_USER_INPUT} / {@code NOT_FOUND}.
 */
@Service
public class SearchService {

	private static final Log logger = LogFactory.getLog(SearchService.class);

	private final ElasticsearchClient client;

	private final SearchQueryBuilder searchQueries;

	private final SimilarQueryBuilder similarQueries;

	private final SupplySnapshot snapshot;

	private final SupplyEdges edges;

	private final SearchFacets facets;

	private final CatalogService catalog;

	public SearchService(ElasticsearchClient client, SearchQueryBuilder searchQueries,
			SimilarQueryBuilder similarQueries, SupplySnapshot snapshot, SupplyEdges edges, SearchFacets facets,
			CatalogService catalog) {
		this.client = client;
		this.searchQueries = searchQueries;
		this.similarQueries = similarQueries;
		this.snapshot = snapshot;
		this.edges = edges;
		this.facets = facets;
		this.catalog = catalog;
	}

	/**
	 * One page of search results with the facets of the whole result, computing only what
	 * {@code selection} asks.
	 */
	public SupplyConnection search(SearchInput input, Integer first, String after, SearchSelection selection) {
		int size = Paging.first(first);
		String scope = scope(input);
		SearchCursor cursor = SearchCursor.decode(after, scope);
		if (cursor != null && cursor.pointInTime() == null) {
			throw ApiException.badInput("after", "after is not a cursor returned by this API");
		}
		if (cursor != null) {
			try {
				return connection(execute(input, size, cursor.pointInTime(), cursor, selection), size,
						cursor.pointInTime(), scope, cursor, selection);
			}
			catch (ElasticsearchException ex) {
				throw translate(ex, true);
			}
		}
		String pointInTime = this.snapshot.pointInTime();
		try {
			SearchResponse<SupplyDocument> response = execute(input, size, pointInTime, null, selection);
			if (!hasShardFailures(response)) {
				return connection(response, size, pointInTime, scope, null, selection);
			}
			logger.info("The shared search snapshot answered with " + response.shards().failed()
					+ " failed shards: once more on a fresh one");
		}
		catch (ElasticsearchException | UncheckedIOException ex) {
			if (!isSnapshotLost(ex)) {
				throw ex;
			}
			logger.info("The shared search snapshot failed (" + ex.getMessage() + "): once more on a fresh one");
		}
		// the shared snapshot expired, its index was replaced, or a node that held
		// some of it left (the copies live on elsewhere): once more on a fresh one
		this.snapshot.discard(pointInTime);
		String fresh = this.snapshot.pointInTime();
		return connection(execute(input, size, fresh, null, selection), size, fresh, scope, null, selection);
	}

	/** The point in time first pages run on now. */
	public String currentPointInTime() {
		return this.snapshot.pointInTime();
	}

	/**
	 * The request {@code search} sends for a first page on {@code pointInTime} (what the
	 * benchmark sends straight).
	 */
	public SearchRequest firstPageRequest(SearchInput input, int first, SearchSelection selection, String pointInTime) {
		return this.searchQueries.build(input, Paging.first(first) + 1, Target.pointInTime(pointInTime), null,
				selection);
	}

	/**
	 * What a search cursor is valid for: the sort, and whether there is text (which
	 * decides the sort values of RELEVANCE).
	 */
	private static String scope(SearchInput input) {
		SearchSort sort = (input.sort() != null) ? input.sort() : SearchSort.RELEVANCE;
		boolean text = input.text() != null && !input.text().isBlank();
		return "search/" + sort + (text ? "/text" : "");
	}

	/** One page on {@code pointInTime}: the first, or the one after {@code cursor}. */
	private SearchResponse<SupplyDocument> execute(SearchInput input, int size, String pointInTime, SearchCursor cursor,
			SearchSelection selection) {
		return execute(this.searchQueries.build(input, size + 1, Target.pointInTime(pointInTime),
				(cursor != null) ? cursor.searchAfter() : null, selection));
	}

	private SupplyConnection connection(SearchResponse<SupplyDocument> response, int size, String pointInTime,
			String scope, SearchCursor cursor, SearchSelection selection) {
		String pit = (response.pitId() != null) ? response.pitId() : pointInTime;
		return connection(response, size, pit, scope, cursor != null,
				selection.facets() ? this.facets.of(response.aggregations()) : List.of());
	}

	/** Items resembling {@code id}, best first, without the item itself. */
	public SupplyConnection similar(String id, Integer first) {
		int size = Paging.first(first);
		SupplyId supplyId = SupplyId.parse(id)
			.filter((known) -> this.catalog.item(known).isPresent())
			.orElseThrow(() -> ApiException.notFound("Supply item", id));
		SearchRequest request = this.similarQueries.build(id, supplyId.type() == SupplyType.CAPABILITY, size + 1,
				this.snapshot.indices());
		try {
			return connection(execute(request), size, null, null, false, List.of());
		}
		catch (ElasticsearchException ex) {
			throw translate(ex, false);
		}
	}

	private SearchResponse<SupplyDocument> execute(SearchRequest request) {
		try {
			return this.client.search(request, SupplyDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SupplyConnection connection(SearchResponse<SupplyDocument> response, int size, String pointInTime,
			String scope, boolean hasPreviousPage, List<Facet> facets) {
		List<Hit<SupplyDocument>> found = response.hits().hits();
		List<SupplyEdge> edges = new ArrayList<>(Math.min(size, found.size()));
		for (int i = 0; i < found.size() && i < size; i++) {
			edges.add(this.edges.edge(found.get(i), pointInTime, scope));
		}
		long total = (response.hits().total() != null) ? response.hits().total().value() : edges.size();
		String startCursor = edges.isEmpty() ? null : edges.get(0).cursor();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new SupplyConnection(total, edges,
				new PageInfo(found.size() > size, hasPreviousPage, startCursor, endCursor), facets);
	}

	/**
	 * Whether a first page failed because of the shared snapshot rather than the query:
	 * its contexts are gone (expired, index replaced) or were on a node that left (503
	 * from every node, or no answer while the cluster changes).
	 */
	private static boolean isSnapshotLost(RuntimeException ex) {
		if (ex instanceof ElasticsearchException es) {
			return isMissingContext(es) || es.status() >= 500;
		}
		return true;
	}

	/** Shards that failed: the result would silently lack what they hold. */
	private static boolean hasShardFailures(SearchResponse<?> response) {
		return response.shards() != null && response.shards().failed().intValue() > 0;
	}

	private static boolean isMissingContext(ElasticsearchException ex) {
		String type = (ex.error() != null) ? ex.error().type() : null;
		return ex.status() == 404 || "search_context_missing_exception".equals(type)
				|| "index_not_found_exception".equals(type);
	}

	/**
	 * A failure caused by the cursor becomes {@code BAD_USER_INPUT}; an overloaded
	 * cluster stays an {@link ElasticsearchException} (the resolver makes it
	 * {@code UNAVAILABLE}); anything else is internal.
	 */
	private static RuntimeException translate(ElasticsearchException ex, boolean withCursor) {
		if (withCursor && isMissingContext(ex)) {
			return ApiException.badInput("after", "the cursor expired; run the search again from the first page");
		}
		if (withCursor && ex.status() == 400) {
			return ApiException.badInput("after", "after is not a cursor for this search");
		}
		return ex;
	}

}
