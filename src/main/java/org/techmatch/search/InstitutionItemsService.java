package org.techmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Service;

import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.search.ItemInstitution.OtherItems;
import org.techmatch.search.ItemInstitution.OtherItemsKey;
import org.techmatch.supply.SupplyHits;

/**
 * The other items of many institutions at once: one {@code msearch} with one search per
 * distinct institution name (exact, on {@code institution.name.raw}), newest first,
 * enough hits to leave each asking item out.
 */
@Service
public class InstitutionItemsService {

	private final ElasticsearchClient client;

	private final SupplySnapshot snapshot;

	private final SupplyHits hits;

	public InstitutionItemsService(ElasticsearchClient client, SupplySnapshot snapshot, SupplyHits hits) {
		this.client = client;
		this.snapshot = snapshot;
		this.hits = hits;
	}

	public Map<OtherItemsKey, OtherItems> otherItems(Set<OtherItemsKey> keys) {
		Map<String, List<OtherItemsKey>> byName = keys.stream()
			.collect(Collectors.groupingBy(OtherItemsKey::institution, LinkedHashMap::new, Collectors.toList()));
		if (byName.isEmpty()) {
			return Map.of();
		}
		List<String> names = new ArrayList<>(byName.keySet());
		MsearchRequest.Builder request = new MsearchRequest.Builder();
		for (String name : names) {
			List<OtherItemsKey> asking = byName.get(name);
			int size = asking.stream().mapToInt(OtherItemsKey::first).max().orElse(0) + asking.size();
			request.searches((s) -> s.header((h) -> h.index(this.snapshot.indices()))
				.body((b) -> b.query((q) -> q.term((t) -> t.field("institution.name.raw").value(name)))
					.size(size)
					.sort((o) -> o.field((f) -> f.field("publishedDate").order(SortOrder.Desc)))
					.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)))
					.source((src) -> src.filter((f) -> f.excludes(SearchQueryBuilder.HIDDEN_FIELDS)))));
		}
		MsearchResponse<SupplyDocument> response = execute(request.build());
		Map<OtherItemsKey, OtherItems> result = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			MultiSearchResponseItem<SupplyDocument> item = response.responses().get(i);
			if (item.isFailure()) {
				throw new IllegalStateException("otherItems search failed: " + item.failure().error().type());
			}
			List<Hit<SupplyDocument>> found = item.result().hits().hits();
			for (OtherItemsKey key : byName.get(names.get(i))) {
				List<SupplyItem> items = found.stream()
					.filter((hit) -> !hit.id().equals(key.excludedId()))
					.limit(key.first())
					.map((hit) -> this.hits.item(hit.source()))
					.toList();
				result.put(key, new OtherItems(items));
			}
		}
		return result;
	}

	private MsearchResponse<SupplyDocument> execute(MsearchRequest request) {
		try {
			return this.client.msearch(request, SupplyDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
