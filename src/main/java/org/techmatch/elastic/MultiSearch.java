package org.techmatch.elastic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultisearchHeader;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import jakarta.json.stream.JsonParser;

import org.springframework.stereotype.Component;

/**
 * Many searches in one round trip: the same {@link SearchRequest}s a feature's query
 * builder makes for one search each, sent as one {@code _msearch}. Each request's body is
 * carried over as it is (serialized and read back as the item's body, so nothing the
 * builder set is lost or rewritten), its target and index options become the item's
 * header. A request that sets a URL parameter {@code _msearch} cannot carry per item
 * (e.g. scroll, q) is refused rather than sent without it.
 */
@Component
public class MultiSearch {

	private final ElasticsearchClient client;

	public MultiSearch(ElasticsearchClient client) {
		this.client = client;
	}

	/**
	 * The hits of each request, in the order of {@code requests}; one {@code _msearch}
	 * (none for an empty list). A failed item fails the whole call.
	 */
	public <T> List<List<Hit<T>>> hits(List<SearchRequest> requests, Class<T> type) {
		if (requests.isEmpty()) {
			return List.of();
		}
		JsonpMapper mapper = this.client._jsonpMapper();
		List<RequestItem> items = requests.stream().map((request) -> item(request, mapper)).toList();
		MsearchResponse<T> response;
		try {
			response = this.client.msearch(MsearchRequest.of((m) -> m.searches(items)), type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<List<Hit<T>>> hits = new ArrayList<>(requests.size());
		for (MultiSearchResponseItem<T> item : response.responses()) {
			if (item.isFailure()) {
				throw new IllegalStateException("a search of an _msearch failed: " + item.failure().error().type()
						+ ": " + item.failure().error().reason());
			}
			hits.add(item.result().hits().hits());
		}
		return hits;
	}

	/** One {@code _msearch} item that runs exactly {@code request}. */
	static RequestItem item(SearchRequest request, JsonpMapper mapper) {
		if (request.scroll() != null || request.q() != null || request.routing() != null
				|| request.preference() != null) {
			throw new IllegalArgumentException("a search with URL parameters _msearch does not carry per search");
		}
		MultisearchHeader header = MultisearchHeader.of((h) -> {
			h.index(request.index())
				.ignoreUnavailable(request.ignoreUnavailable())
				.allowNoIndices(request.allowNoIndices())
				.requestCache(request.requestCache())
				.searchType(request.searchType())
				.allowPartialSearchResults(request.allowPartialSearchResults());
			if (!request.expandWildcards().isEmpty()) {
				h.expandWildcards(request.expandWildcards());
			}
			return h;
		});
		String json = JsonpUtils.toJsonString(request, mapper);
		SearchRequestBody body;
		try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(json))) {
			body = SearchRequestBody.of((b) -> b.withJson(parser, mapper));
		}
		return RequestItem.of((i) -> i.header(header).body(body));
	}

}
