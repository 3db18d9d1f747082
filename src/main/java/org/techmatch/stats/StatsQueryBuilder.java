package org.techmatch.stats;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.util.NamedValue;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.CatalogIndices;
import org.techmatch.demand.DemandIndices;
import org.techmatch.expert.ExpertIndices;
import org.techmatch.expert.RecommendationStatus;

/**
 * The statistics' Elasticsearch requests. Every one is {@code size: 0} and answers from
 * aggregations: no record is loaded.
 * <ul>
 * <li>transfer: the CONTRACTED recommendations signed in the range, the sum of their
 * values, grouped by month ({@code date_histogram}) or by a keyword ({@code terms},
 * largest turnover first), each group with its count and {@code sum};</li>
 * <li>pipeline: the demands submitted in the range and those reviewed (with the
 * {@code percentiles} of their review days), then over their recommendations the distinct
 * demands ({@code cardinality}) recommended, accepted and contracted, each with the
 * median days of its stage;</li>
 * <li>market: supply and demand counts by cluster, chain, city and maturity
 * ({@code terms}).</li>
 * </ul>
 */
@Component
public class StatsQueryBuilder {

	/** Most groups a terms grouping returns. */
	static final int MAX_GROUPS = 100;

	/** Exact distinct counts up to this many demands. */
	static final int PRECISION = 40_000;

	public SearchRequest transfer(LocalDate from, LocalDate to, TransferGroupBy groupBy) {
		Aggregation turnover = Aggregation.of((a) -> a.sum((s) -> s.field("contract.valueWan")));
		Aggregation groups = switch (groupBy) {
			case MONTH ->
				Aggregation.of((a) -> a
					.dateHistogram((h) -> h.field("contract.signedOn")
						.calendarInterval(CalendarInterval.Month)
						.format("yyyy-MM")
						.minDocCount(0)
						// epoch milliseconds: bounds given as text are read with the
						// buckets' format
						.extendedBounds((b) -> b.min(FieldDateMath.of((m) -> m.value(epochMillis(from))))
							.max(FieldDateMath.of((m) -> m.value(epochMillis(to))))))
					.aggregations("turnover", turnover));
			default -> Aggregation.of((a) -> {
				a.terms((t) -> t.field(groupField(groupBy))
					.size(MAX_GROUPS)
					.missing(FieldValue.of(""))
					.order(List.of(NamedValue.of("turnover", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc))))
					.aggregations("turnover", turnover);
				if (groupBy == TransferGroupBy.EXPERT) {
					a.aggregations("name", (n) -> n.terms((t) -> t.field("expertName").size(1)));
				}
				return a;
			});
		};
		return SearchRequest.of((s) -> s.index(ExpertIndices.RECOMMENDATIONS.alias())
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.trackTotalHits((t) -> t.enabled(true))
			.query((q) -> q.bool((b) -> b.filter(term("status", RecommendationStatus.CONTRACTED.name()))
				.filter((f) -> f.range(
						(r) -> r.date((d) -> d.field("contract.signedOn").gte(from.toString()).lte(to.toString()))))))
			.aggregations("turnover", turnover)
			.aggregations("groups", groups));
	}

	private static double epochMillis(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static String groupField(TransferGroupBy groupBy) {
		return switch (groupBy) {
			case CITY -> "city";
			case CHAIN -> "chain";
			case CLUSTER -> "cluster";
			case EXPERT -> "expertId";
			case MONTH -> "contract.signedOn";
		};
	}

	/**
	 * The pipeline's first stages, over the demands submitted in the range: how many, how
	 * many reviewed, median days to review.
	 */
	public SearchRequest pipelineDemands(LocalDate from, LocalDate to) {
		return SearchRequest.of((s) -> s.index(DemandIndices.DEMANDS.alias())
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.trackTotalHits((t) -> t.enabled(true))
			.query(inRange("createdAt", from, to))
			.aggregations("reviewed", (a) -> a.filter((f) -> f.exists((e) -> e.field("reviewedAt")))
				.aggregations("days", median("reviewDays"))));
	}

	/**
	 * The pipeline's later stages, over the recommendations of the demands submitted in
	 * the range: distinct demands recommended (sent), accepted and contracted, each with
	 * the median days of its stage (over recommendations).
	 */
	public SearchRequest pipelineRecommendations(LocalDate from, LocalDate to) {
		return SearchRequest.of((s) -> s.index(ExpertIndices.RECOMMENDATIONS.alias())
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.query(inRange("demandCreatedAt", from, to))
			.aggregations("recommended", stage(Query.of((q) -> q.exists((e) -> e.field("sentAt"))), "sendDays"))
			.aggregations("accepted", stage(Query.of((q) -> q.exists((e) -> e.field("acceptedAt"))), "answerDays"))
			.aggregations("contracted", stage(term("status", RecommendationStatus.CONTRACTED.name()), "contractDays")));
	}

	private static Aggregation stage(Query filter, String daysField) {
		return Aggregation.of((a) -> a.filter(filter)
			.aggregations("demands", (d) -> d.cardinality((c) -> c.field("demandId").precisionThreshold(PRECISION)))
			.aggregations("days", median(daysField)));
	}

	private static Aggregation median(String field) {
		return Aggregation.of((a) -> a.percentiles((p) -> p.field(field).percents(50.0)));
	}

	/**
	 * The enterprises' decline reasons, counted per supply item or per expert: the
	 * DECLINED recommendations, {@code terms} on the item or expert (most declines
	 * first), each with {@code terms} on the reason.
	 */
	public SearchRequest declines(DeclineGroupBy groupBy, List<String> keys, int size) {
		String field = (groupBy == DeclineGroupBy.EXPERT) ? "expertId" : "supplyId";
		List<Query> filters = new java.util.ArrayList<>(List.of(term("status", RecommendationStatus.DECLINED.name())));
		if (keys != null && !keys.isEmpty()) {
			List<FieldValue> values = keys.stream().map(FieldValue::of).toList();
			filters.add(Query.of((q) -> q.terms((t) -> t.field(field).terms((v) -> v.value(values)))));
		}
		return SearchRequest.of((s) -> s.index(ExpertIndices.RECOMMENDATIONS.alias())
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.query((q) -> q.bool((b) -> b.filter(filters)))
			.aggregations("groups", (a) -> {
				a.terms((t) -> t.field(field).size(size))
					.aggregations("reasons", (r) -> r.terms((t) -> t.field("declineReason").size(10)));
				if (groupBy == DeclineGroupBy.EXPERT) {
					a.aggregations("name", (n) -> n.terms((t) -> t.field("expertName").size(1)));
				}
				return a;
			}));
	}

	/**
	 * Supply counts by cluster, chain, city and maturity (capabilities list several
	 * chains).
	 */
	public SearchRequest supplyBreakdown() {
		return SearchRequest.of((s) -> s.index(CatalogIndices.ACHIEVEMENTS.alias(), CatalogIndices.CAPABILITIES.alias())
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.trackTotalHits((t) -> t.enabled(true))
			.aggregations("cluster", terms("cluster"))
			.aggregations("clusters", terms("clusters"))
			.aggregations("chain", terms("chain"))
			.aggregations("chains", terms("chains"))
			.aggregations("city", terms("city"))
			.aggregations("maturity", terms("maturity")));
	}

	/** Demand counts by cluster, chain, city and wanted maturity. */
	public SearchRequest demandBreakdown() {
		return SearchRequest.of((s) -> s.index(DemandIndices.DEMANDS.alias())
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.size(0)
			.trackTotalHits((t) -> t.enabled(true))
			.aggregations("cluster", terms("cluster"))
			.aggregations("chain", terms("chain"))
			.aggregations("city", terms("city"))
			.aggregations("maturity", terms("maturityAtLeast")));
	}

	private static Aggregation terms(String field) {
		return Aggregation.of((a) -> a.terms((t) -> t.field(field).size(MAX_GROUPS)));
	}

	private static Query inRange(String field, LocalDate from, LocalDate to) {
		return Query.of((q) -> q.range((r) -> r.date((d) -> d.field(field)
			.gte(from.toString())
			.lt(to.plusDays(1).toString())
			.format("strict_date_optional_time"))));
	}

	private static Query term(String field, String value) {
		return Query.of((q) -> q.term((t) -> t.field(field).value(value)));
	}

}
