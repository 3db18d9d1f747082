package org.techmatch.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.SupplyType;
import org.techmatch.supply.SupplyLongFields;
import org.techmatch.supply.SupplyTextQuery;

/**
 * Builds the one Elasticsearch request behind {@code search}: the scored text query
 * ({@link SupplyTextQuery}), every filter as {@code post_filter}, one facet aggregation
 * per dimension filtered by all the other dimensions' filters (so a facet counts its
 * values as if its own filter were off), the sort with the id as tie-breaker, highlights,
 * and {@code search_after} on a point in time. Pure: no I/O, so the benchmark can send
 * the very same body.
 */
@Component
public class SearchQueryBuilder {

	/**
	 * Words of a search-box query that must match: all of 1–2 words, 75 % of up to 6,
	 * half of up to 12, then 30 % (a pasted paragraph must not need three quarters of its
	 * words in one item; measured: 0 hits with plain 2<75%).
	 */
	public static final String MINIMUM_SHOULD_MATCH = "2<75% 6<50% 12<30%";

	/**
	 * A search box needs no more; longer text is cut (the query stays cheap and within
	 * clause limits).
	 */
	public static final int MAX_TEXT_CHARS = 200;

	/** Where a highlight fragment may start or end. */
	static final String BOUNDARY_CHARS = ".,!?;。，；！？、 \t\n";

	/** How long a point in time lives after each page. */
	public static final String KEEP_ALIVE = "2m";

	/**
	 * Fields never returned by search: the contact (not public) and matching's vector
	 * (700 bytes a hit that nothing here reads).
	 */
	static final List<String> HIDDEN_FIELDS = List.of("contact", "vector", "embedding");

	/**
	 * Where a request runs: on a point in time (paging) or on named indices (e.g. a
	 * test's own index).
	 */
	public record Target(String pointInTime, List<String> indices) {

		public static Target pointInTime(String id) {
			return new Target(id, List.of());
		}

		public static Target indices(List<String> indices) {
			return new Target(null, List.copyOf(indices));
		}

	}

	/**
	 * The search request for one page.
	 * @param size hits to fetch (the page size plus one, to know whether a next page
	 * exists)
	 * @param searchAfter sort values of the previous page's last hit, or {@code null} for
	 * the first page
	 * @param selection what the client asked for: total, facets, highlights and long
	 * fields are computed and returned only when selected
	 */
	public SearchRequest build(SearchInput input, int size, Target target, List<FieldValue> searchAfter,
			SearchSelection selection) {
		String text = text(input);
		Map<FacetDimension, Query> facetFilters = facetFilters(input);
		List<Query> otherFilters = otherFilters(input);
		return SearchRequest.of((s) -> {
			if (target.pointInTime() != null) {
				s.pit((p) -> p.id(target.pointInTime()).keepAlive((k) -> k.time(KEEP_ALIVE)));
			}
			else {
				s.index(target.indices());
			}
			s.query((text != null) ? SupplyTextQuery.of(text, MINIMUM_SHOULD_MATCH)
					: Query.of((q) -> q.matchAll((m) -> m)))
				.postFilter(and(all(facetFilters, otherFilters, null)))
				.size(size)
				.trackTotalHits((t) -> t.enabled(selection.totalCount()))
				.sort(sort(input.sort(), text != null))
				.source((src) -> src.filter((f) -> f.excludes(excludedFields(selection))));
			if (selection.facets()) {
				for (FacetDimension dimension : FacetDimension.values()) {
					s.aggregations(dimension.name(),
							facetAggregation(dimension, all(facetFilters, otherFilters, dimension)));
				}
			}
			if (text != null) {
				if (input.sort() != SearchSort.RELEVANCE) {
					// sorted by score, hits carry it anyway; otherwise the node scores
					// the page again in the fetch phase
					s.trackScores(true);
				}
				if (selection.highlights()) {
					s.highlight(highlight());
				}
			}
			if (searchAfter != null) {
				s.searchAfter(searchAfter);
			}
			return s;
		});
	}

	/**
	 * Fields left out of {@code _source}: the hidden ones and the long ones nobody asked
	 * for.
	 */
	static List<String> excludedFields(SearchSelection selection) {
		List<String> excluded = new ArrayList<>(HIDDEN_FIELDS);
		excluded.addAll(SupplyLongFields.unselected(selection.longFields()));
		return excluded;
	}

	/** The normalised text, or {@code null} when there is none to match. */
	static String text(SearchInput input) {
		String text = SupplyTextQuery.normalize(input.text());
		if (text.length() > MAX_TEXT_CHARS) {
			text = text.substring(0, MAX_TEXT_CHARS);
		}
		return text.isEmpty() ? null : text;
	}

	/** The active filters of the faceted dimensions. */
	static Map<FacetDimension, Query> facetFilters(SearchInput input) {
		Map<FacetDimension, Query> filters = new EnumMap<>(FacetDimension.class);
		put(filters, FacetDimension.SUPPLY_TYPE, input.types().stream().map(SupplyType::stored).toList());
		put(filters, FacetDimension.CLUSTER, input.clusters());
		put(filters, FacetDimension.CHAIN, input.chains());
		put(filters, FacetDimension.MATURITY, names(input.maturities()));
		put(filters, FacetDimension.TRANSFER_MODE, names(input.transferModes()));
		put(filters, FacetDimension.IP_TYPE, names(input.ipTypes()));
		put(filters, FacetDimension.INSTITUTION_TYPE, names(input.institutionTypes()));
		put(filters, FacetDimension.CITY, input.cities());
		return filters;
	}

	/** The filters without facets: technical field, minimum maturity, price, dates. */
	static List<Query> otherFilters(SearchInput input) {
		List<Query> filters = new ArrayList<>();
		if (!input.technicalFields().isEmpty()) {
			filters.add(anyOf(List.of("technicalField.domain", "technicalField.subfield", "technicalFields.domain",
					"technicalFields.subfield"), input.technicalFields()));
		}
		if (input.maturityAtLeast() != null) {
			double rank = input.maturityAtLeast().rank();
			filters.add(Query.of((q) -> q.range((r) -> r.number((n) -> n.field("maturityRank").gte(rank)))));
		}
		if (input.priceMax() != null) {
			filters
				.add(Query.of((q) -> q.range((r) -> r.number((n) -> n.field("price.minWan").lte(input.priceMax())))));
		}
		if (Boolean.TRUE.equals(input.negotiableOnly())) {
			filters.add(Query.of((q) -> q.term((t) -> t.field("price.negotiable").value(true))));
		}
		if (input.publishedAfter() != null || input.publishedBefore() != null) {
			filters.add(Query.of((q) -> q.range((r) -> r.date((d) -> {
				d.field("publishedDate");
				if (input.publishedAfter() != null) {
					d.gte(input.publishedAfter().toString());
				}
				if (input.publishedBefore() != null) {
					d.lte(input.publishedBefore().toString());
				}
				return d;
			}))));
		}
		return filters;
	}

	/**
	 * Sort for {@code sort}; every order ends with {@code id} so that search_after is
	 * exact.
	 */
	static List<SortOptions> sort(SearchSort sort, boolean hasText) {
		List<SortOptions> options = new ArrayList<>();
		switch (sort) {
			case RELEVANCE -> {
				if (hasText) {
					options.add(SortOptions.of((o) -> o.score((sc) -> sc.order(SortOrder.Desc))));
				}
				else {
					options.add(newest());
				}
			}
			case NEWEST -> options.add(newest());
			case PRICE_ASC -> options.add(SortOptions.of((o) -> o.field((f) -> f.field("price.minWan")
				.order(SortOrder.Asc)
				.missing((m) -> m.stringValue("_last"))
				.unmappedType(FieldType.Double))));
		}
		options.add(SortOptions.of((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc))));
		return options;
	}

	private static SortOptions newest() {
		return SortOptions.of((o) -> o
			.field((f) -> f.field("publishedDate").order(SortOrder.Desc).missing((m) -> m.stringValue("_last"))));
	}

	/**
	 * Highlights on the Chinese-analysed fields, also marking words that only their
	 * character-bigram subfield matched ({@code matched_fields}: smartcn splits 污水处理厂
	 * differently from 污水处理, the bigrams still match). The fast vector highlighter reads
	 * the stored term vectors ({@code elastic/indices/*.json}) instead of running smartcn
	 * over every hit again: measured on the demo corpus, 16 ms instead of 77 ms per
	 * request (unified, same fields). For this highlighter {@code matched_fields} must
	 * name the field itself too, or only the bigrams would mark words (and a synonym such
	 * as 工业视觉 → 机器视觉 would show as 视觉 alone). Fragments end at Chinese as well as Latin
	 * punctuation.
	 */
	private static Highlight highlight() {
		return Highlight.of((h) -> h.type(HighlighterType.FastVector)
			.boundaryChars(BOUNDARY_CHARS)
			.preTags("<em>")
			.postTags("</em>")
			.encoder(HighlighterEncoder.Html)
			.fields(NamedValue.of("title",
					HighlightField.of((f) -> f.numberOfFragments(0).matchedFields("title", "title.bigram"))),
					NamedValue.of("keywords",
							HighlightField
								.of((f) -> f.numberOfFragments(0).matchedFields("keywords", "keywords.bigram"))),
					NamedValue.of("summary",
							HighlightField
								.of((f) -> f.numberOfFragments(0).matchedFields("summary", "summary.bigram"))),
					NamedValue.of("description",
							HighlightField.of((f) -> f.fragmentSize(80)
								.numberOfFragments(2)
								.matchedFields("description", "description.bigram")))));
	}

	private static Aggregation facetAggregation(FacetDimension dimension, List<Query> otherFilters) {
		return Aggregation.of((a) -> {
			var filtered = a.filter(and(otherFilters));
			for (int i = 0; i < dimension.fields().size(); i++) {
				String field = dimension.fields().get(i);
				filtered.aggregations("v" + i, (t) -> t.terms((terms) -> terms.field(field).size(dimension.size())));
			}
			return filtered;
		});
	}

	/** All filters, except the one of {@code without} when given. */
	private static List<Query> all(Map<FacetDimension, Query> facetFilters, List<Query> otherFilters,
			FacetDimension without) {
		List<Query> all = new ArrayList<>(otherFilters);
		facetFilters.forEach((dimension, filter) -> {
			if (dimension != without) {
				all.add(filter);
			}
		});
		return all;
	}

	private static Query and(List<Query> filters) {
		if (filters.isEmpty()) {
			return Query.of((q) -> q.matchAll((m) -> m));
		}
		return Query.of((q) -> q.bool((b) -> b.filter(filters)));
	}

	private static void put(Map<FacetDimension, Query> filters, FacetDimension dimension, List<String> values) {
		if (!values.isEmpty()) {
			filters.put(dimension, anyOf(dimension.fields(), values));
		}
	}

	/** A document whose value in any of {@code fields} is one of {@code values}. */
	private static Query anyOf(List<String> fields, List<String> values) {
		List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
		List<Query> perField = fields.stream()
			.map((field) -> Query.of((q) -> q.terms((t) -> t.field(field).terms((v) -> v.value(terms)))))
			.toList();
		return (perField.size() == 1) ? perField.get(0)
				: Query.of((q) -> q.bool((b) -> b.should(perField).minimumShouldMatch("1")));
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

}
