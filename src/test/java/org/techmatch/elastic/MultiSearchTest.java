package org.techmatch.elastic;

import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.util.NamedValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A search request becomes an {@code _msearch} item that runs exactly it. */
class MultiSearchTest {

	private static final JsonpMapper MAPPER = new JacksonJsonpMapper();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	@DisplayName("the item's body is the request's body, field for field; its header the request's target and index options")
	void sameBody() {
		SearchRequest request = SearchRequest.of(
				(s) -> s.index(List.of("techmatch-achievements", "techmatch-capabilities"))
					.ignoreUnavailable(true)
					.allowNoIndices(true)
					.query((q) -> q.bool((b) -> b
						.must((m) -> m.multiMatch((mm) -> mm.query("动力电池 回收").fields("title^2", "keywords^2")))
						.mustNot((n) -> n.ids((i) -> i.values("ach-1", "ach-2")))))
					.size(100)
					.seqNoPrimaryTerm(true)
					.trackTotalHits((t) -> t.enabled(false))
					.source((src) -> src.filter((f) -> f.includes("id", "vector")))
					.sort((o) -> o.score((sc) -> sc.order(SortOrder.Desc)))
					.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)))
					.highlight((h) -> h.type(HighlighterType.FastVector)
						.preTags("<em>")
						.postTags("</em>")
						.fields(NamedValue.of("title",
								HighlightField.of((f) -> f.numberOfFragments(3).fragmentSize(40))))));
		RequestItem item = MultiSearch.item(request, MAPPER);
		// the same JSON object (its keys in another order)
		assertThat(JSON.readTree(JsonpUtils.toJsonString(item.body(), MAPPER)))
			.isEqualTo(JSON.readTree(JsonpUtils.toJsonString(request, MAPPER)));
		assertThat(item.header().index()).containsExactly("techmatch-achievements", "techmatch-capabilities");
		assertThat(item.header().ignoreUnavailable()).isTrue();
		assertThat(item.header().allowNoIndices()).isTrue();
		assertThat(item.header().expandWildcards()).isEmpty();
	}

	@Test
	@DisplayName("a request with a URL parameter an _msearch item cannot carry (routing, q, scroll, preference) is refused")
	void refusesUrlParameters() {
		assertThatIllegalArgumentException().isThrownBy(() -> MultiSearch
			.item(SearchRequest.of((s) -> s.index("techmatch-demands").routing("a").size(1)), MAPPER));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MultiSearch.item(SearchRequest.of((s) -> s.index("techmatch-demands").q("x")), MAPPER));
	}

}
