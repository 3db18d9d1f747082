package org.techmatch.expert;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

import org.springframework.stereotype.Component;

import org.techmatch.demand.DemandIndices;
import org.techmatch.graphql.SearchCursor;

/**
 * The expert queue's requests: a page of demands by filter, oldest first (submission
 * time, then id as tie-breaker, continued with {@code search_after}), and the number of
 * recommendations of a page's demands (one terms aggregation).
 */
@Component
public class QueueQueryBuilder {

	/** The sort the queue's cursors carry. */
	public static final String SCOPE = "expertQueue";

	/** A page of {@code size} demands after {@code after} (null: the first page). */
	public SearchRequest page(QueueFilter filter, int size, SearchCursor after) {
		List<Query> filters = new ArrayList<>();
		filters.add(terms("status", filter.statusesOrDefault().stream().map(Enum::name).toList()));
		if (filter.chains() != null && !filter.chains().isEmpty()) {
			filters.add(terms("chain", filter.chains()));
		}
		if (filter.cities() != null && !filter.cities().isEmpty()) {
			filters.add(terms("city", filter.cities()));
		}
		if (filter.assignedTo() != null) {
			filters.add(terms("assignment.expertId", List.of(filter.assignedTo())));
		}
		if (filter.olderThanDays() != null) {
			filters.add(Query.of((q) -> q
				.range((r) -> r.date((d) -> d.field("createdAt").lte("now-" + filter.olderThanDays() + "d")))));
		}
		Query held = Query.of((q) -> q.exists((e) -> e.field("assignment.expertId")));
		return SearchRequest.of((s) -> {
			s.index(DemandIndices.DEMANDS.alias()).query((q) -> q.bool((b) -> {
				b.filter(filters);
				if (Boolean.TRUE.equals(filter.unassigned())) {
					b.mustNot(held);
				}
				else if (Boolean.FALSE.equals(filter.unassigned())) {
					b.filter(held);
				}
				return b;
			}))
				.size(size)
				.seqNoPrimaryTerm(true)
				.trackTotalHits((t) -> t.enabled(true))
				.source((src) -> src.filter((f) -> f.excludes("vector", "embedding")))
				.sort((o) -> o.field((f) -> f.field("createdAt").order(SortOrder.Asc)))
				.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
			if (after != null) {
				s.searchAfter(after.searchAfter());
			}
			return s;
		});
	}

	/** How many recommendations each of {@code demandIds} has: one terms aggregation. */
	public SearchRequest recommendationCounts(List<String> demandIds) {
		return SearchRequest.of((s) -> s.index(ExpertIndices.RECOMMENDATIONS.alias())
			.size(0)
			.query(terms("demandId", demandIds))
			.aggregations("perDemand", (a) -> a.terms((t) -> t.field("demandId").size(Math.max(1, demandIds.size())))));
	}

	private static Query terms(String field, List<String> values) {
		List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
		return Query.of((q) -> q.terms((t) -> t.field(field).terms((v) -> v.value(fieldValues))));
	}

}
