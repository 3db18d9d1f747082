package org.techmatch.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

import org.springframework.stereotype.Component;

/**
 * The one request behind {@code suggest}: hits are items whose title starts with the
 * prefix ({@code title.prefix}, edge n-grams of the whole title), and a terms aggregation
 * lists keywords starting with it ({@code keywords.prefix} to find the documents,
 * {@code keywords.raw} with an escaped {@code include} pattern to name the keywords).
 */
@Component
public class SuggestQueryBuilder {

	/** Edge n-grams are indexed up to this length; a longer prefix is cut to it. */
	public static final int MAX_PREFIX_CHARS = 20;

	static final String KEYWORDS = "keywords";

	public SearchRequest build(String prefix, int size, List<String> indices) {
		Query title = Query.of((q) -> q.match((m) -> m.field("title.prefix").query(prefix).operator(Operator.And)));
		Query keyword = Query
			.of((q) -> q.match((m) -> m.field("keywords.prefix").query(prefix).operator(Operator.And)));
		return SearchRequest.of((s) -> s.index(indices)
			.query((q) -> q.bool((b) -> b.should(title, keyword).minimumShouldMatch("1")))
			.postFilter(title)
			.size(size * 2)
			.sort(SortOptions.of((o) -> o.field((f) -> f.field("title.raw").order(SortOrder.Asc))),
					SortOptions.of((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc))))
			.source((src) -> src.filter((f) -> f.includes("id", "title")))
			.aggregations(KEYWORDS, (a) -> a
				.terms((t) -> t.field("keywords.raw").include((i) -> i.regexp(escape(prefix) + ".*")).size(size))));
	}

	/** The prefix as a literal in Lucene regular-expression syntax. */
	static String escape(String prefix) {
		StringBuilder out = new StringBuilder();
		prefix.codePoints().forEach((c) -> {
			if (!Character.isLetterOrDigit(c)) {
				out.append('\\');
			}
			out.appendCodePoint(c);
		});
		return out.toString();
	}

}
