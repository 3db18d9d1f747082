package org.techmatch.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Percentiles;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.techmatch.accounts.Caller;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;
import org.techmatch.graphql.ApiException;
import org.techmatch.stats.Stats.Breakdown;
import org.techmatch.stats.Stats.Count;
import org.techmatch.stats.Stats.DeclineCount;
import org.techmatch.stats.Stats.MarketStats;
import org.techmatch.stats.Stats.Pipeline;
import org.techmatch.stats.Stats.PipelineStage;
import org.techmatch.stats.Stats.Stage;
import org.techmatch.stats.Stats.TransferGroup;
import org.techmatch.stats.Stats.TransferStats;

/**
 * The centre's statistics, each answered from Elasticsearch aggregations
 * ({@link StatsQueryBuilder}; no record is loaded): contracts and turnover, the pipeline
 * funnel with its conversion rates and median days, supply and demand counts. Anyone may
 * read them, except turnover per expert and the decline counts (experts and
 * administrators).
 */
@Service
public class StatsService {

	/** The longest date range a statistic covers. */
	static final int MAX_YEARS = 20;

	private final ElasticsearchClient client;

	private final StatsQueryBuilder queries;

	private final IndustrialChainTaxonomy taxonomy;

	public StatsService(ElasticsearchClient client, StatsQueryBuilder queries, IndustrialChainTaxonomy taxonomy) {
		this.client = client;
		this.queries = queries;
		this.taxonomy = taxonomy;
	}

	public TransferStats transfer(LocalDate from, LocalDate to, TransferGroupBy groupBy) {
		checkRange(from, to);
		if (groupBy == TransferGroupBy.EXPERT && !Caller.current().isStaff()) {
			throw new AccessDeniedException("turnover per expert is for experts and administrators");
		}
		SearchResponse<Void> response = search(this.queries.transfer(from, to, groupBy));
		Map<String, Aggregate> aggregations = response.aggregations();
		long contracts = (response.hits().total() != null) ? response.hits().total().value() : 0;
		double turnover = sum(aggregations.get("turnover"));
		List<TransferGroup> groups = new ArrayList<>();
		Aggregate grouped = aggregations.get("groups");
		if (grouped != null && grouped.isDateHistogram()) {
			for (DateHistogramBucket bucket : grouped.dateHistogram().buckets().array()) {
				String month = bucket.keyAsString();
				groups.add(
						new TransferGroup(month, month, bucket.docCount(), sum(bucket.aggregations().get("turnover"))));
			}
		}
		else if (grouped != null && grouped.isSterms()) {
			for (StringTermsBucket bucket : grouped.sterms().buckets().array()) {
				String key = bucket.key().stringValue();
				groups.add(new TransferGroup(key, label(groupBy, key, bucket), bucket.docCount(),
						sum(bucket.aggregations().get("turnover"))));
			}
		}
		return new TransferStats(from, to, groupBy, contracts, turnover, groups);
	}

	public Pipeline pipeline(LocalDate from, LocalDate to) {
		checkRange(from, to);
		SearchResponse<Void> demands = search(this.queries.pipelineDemands(from, to));
		Map<String, Aggregate> later = search(this.queries.pipelineRecommendations(from, to)).aggregations();
		long submitted = (demands.hits().total() != null) ? demands.hits().total().value() : 0;
		FilterAggregate reviewed = demands.aggregations().get("reviewed").filter();
		List<PipelineStage> stages = new ArrayList<>();
		stages.add(new PipelineStage(Stage.SUBMITTED, submitted, null, null, null));
		stages.add(stage(Stage.REVIEWED, reviewed.docCount(), median(reviewed.aggregations().get("days")), stages));
		for (Stage stage : List.of(Stage.RECOMMENDED, Stage.ACCEPTED, Stage.CONTRACTED)) {
			FilterAggregate filter = later.get(stage.name().toLowerCase()).filter();
			stages.add(stage(stage, filter.aggregations().get("demands").cardinality().value(),
					median(filter.aggregations().get("days")), stages));
		}
		return new Pipeline(from, to, stages);
	}

	private static PipelineStage stage(Stage stage, long demands, Double medianDays, List<PipelineStage> before) {
		long previous = before.get(before.size() - 1).demands();
		long start = before.get(0).demands();
		return new PipelineStage(stage, demands, rate(demands, previous), rate(demands, start),
				(demands > 0) ? medianDays : null);
	}

	private static Double rate(long part, long whole) {
		return (whole > 0) ? Math.round(10000.0 * part / whole) / 10000.0 : null;
	}

	/**
	 * EXPERT and ADMIN: how often, and why, enterprises declined the recommendations of
	 * each supply item or expert (most declines first).
	 */
	@PreAuthorize("hasAnyRole('EXPERT', 'ADMIN')")
	public List<DeclineCount> declines(DeclineGroupBy groupBy, List<String> keys, int first) {
		Aggregate groups = search(this.queries.declines(groupBy, keys, first)).aggregations().get("groups");
		List<DeclineCount> counts = new ArrayList<>();
		if (groups != null && groups.isSterms()) {
			for (StringTermsBucket bucket : groups.sterms().buckets().array()) {
				String key = bucket.key().stringValue();
				Aggregate names = bucket.aggregations().get("name");
				String label = (names != null && names.isSterms() && !names.sterms().buckets().array().isEmpty())
						? names.sterms().buckets().array().get(0).key().stringValue() : key;
				counts.add(new DeclineCount(key, label, bucket.docCount(),
						counts(Function.identity(), bucket.aggregations().get("reasons"))));
			}
		}
		return counts;
	}

	public MarketStats market() {
		SearchResponse<Void> supply = search(this.queries.supplyBreakdown());
		SearchResponse<Void> demand = search(this.queries.demandBreakdown());
		Map<String, Aggregate> s = supply.aggregations();
		Map<String, Aggregate> d = demand.aggregations();
		Function<String, String> cluster = (
				code) -> this.taxonomy.cluster(code).map(IndustrialCluster::name).orElse(code);
		Function<String, String> chain = (code) -> this.taxonomy.chain(code).map(IndustrialChain::name).orElse(code);
		Function<String, String> maturity = (code) -> {
			try {
				return Maturity.valueOf(code).label();
			}
			catch (IllegalArgumentException ex) {
				return code;
			}
		};
		Breakdown supplySide = new Breakdown(total(supply), counts(cluster, s.get("cluster"), s.get("clusters")),
				counts(chain, s.get("chain"), s.get("chains")), counts(Function.identity(), s.get("city")),
				counts(maturity, s.get("maturity")));
		Breakdown demandSide = new Breakdown(total(demand), counts(cluster, d.get("cluster")),
				counts(chain, d.get("chain")), counts(Function.identity(), d.get("city")),
				counts(maturity, d.get("maturity")));
		return new MarketStats(supplySide, demandSide);
	}

	/** The buckets of one or more terms aggregations, summed per key, largest first. */
	private static List<Count> counts(Function<String, String> label, Aggregate... aggregates) {
		Map<String, Long> byKey = new LinkedHashMap<>();
		for (Aggregate aggregate : aggregates) {
			if (aggregate != null && aggregate.isSterms()) {
				for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
					byKey.merge(bucket.key().stringValue(), bucket.docCount(), Long::sum);
				}
			}
		}
		return byKey.entrySet()
			.stream()
			.map((e) -> new Count(e.getKey(), label.apply(e.getKey()), e.getValue()))
			.sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
			.toList();
	}

	private String label(TransferGroupBy groupBy, String key, StringTermsBucket bucket) {
		if (key.isEmpty()) {
			return "未注明";
		}
		return switch (groupBy) {
			case CHAIN -> this.taxonomy.chain(key).map(IndustrialChain::name).orElse(key);
			case CLUSTER -> this.taxonomy.cluster(key).map(IndustrialCluster::name).orElse(key);
			case EXPERT -> {
				Aggregate names = bucket.aggregations().get("name");
				yield (names != null && names.isSterms() && !names.sterms().buckets().array().isEmpty())
						? names.sterms().buckets().array().get(0).key().stringValue() : key;
			}
			default -> key;
		};
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw ApiException.badInput("from", "from must not be after to");
		}
		if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
			throw ApiException.badInput("to", "a range covers at most " + MAX_YEARS + " years");
		}
	}

	private static double sum(Aggregate aggregate) {
		return (aggregate != null && aggregate.isSum()) ? Math.round(aggregate.sum().value() * 100) / 100.0 : 0;
	}

	private static Double median(Aggregate aggregate) {
		if (aggregate == null || !aggregate.isTdigestPercentiles()) {
			return null;
		}
		Percentiles percentiles = aggregate.tdigestPercentiles().values();
		Double value = null;
		if (percentiles.isKeyed()) {
			String text = percentiles.keyed().get("50.0");
			value = (text != null) ? Double.valueOf(text) : null;
		}
		else if (!percentiles.array().isEmpty()) {
			value = percentiles.array().get(0).value();
		}
		return (value != null && !value.isNaN()) ? Math.round(value * 10) / 10.0 : null;
	}

	private static long total(SearchResponse<Void> response) {
		return (response.hits().total() != null) ? response.hits().total().value() : 0;
	}

	private SearchResponse<Void> search(SearchRequest request) {
		try {
			return this.client.search(request, Void.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
