package org.techmatch.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.CatalogIndices;

/**
 * The request behind {@code similar}: {@code more_like_this} on the item's
 * Chinese-analysed text (title, keywords, abstract, description, capability results),
 * over both catalogue indices, the item itself excluded.
 */
@Component
public class SimilarQueryBuilder {

	static final List<String> FIELDS = List.of("title", "keywords", "summary", "description", "representativeResults");

	public SearchRequest build(String id, boolean capability, int size, List<String> indices) {
		String index = capability ? CatalogIndices.CAPABILITIES.alias() : CatalogIndices.ACHIEVEMENTS.alias();
		Query moreLikeThis = Query.of((q) -> q.moreLikeThis((m) -> m.fields(FIELDS)
			.like((l) -> l.document((d) -> d.index(index).id(id)))
			.minTermFreq(1)
			.minDocFreq(2)
			.maxQueryTerms(40)
			.minimumShouldMatch("20%")
			.include(false)));
		return SearchRequest.of((s) -> s.index(indices)
			.query((q) -> q.bool((b) -> b.must(moreLikeThis).mustNot((n) -> n.ids((i) -> i.values(id)))))
			.size(size)
			.trackTotalHits((t) -> t.enabled(true))
			.sort(SortOptions.of((o) -> o.score((sc) -> sc.order(SortOrder.Desc))),
					SortOptions.of((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc))))
			.source((src) -> src.filter((f) -> f.excludes(SearchQueryBuilder.HIDDEN_FIELDS))));
	}

}
