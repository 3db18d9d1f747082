package org.techmatch.stats;

import java.time.LocalDate;
import java.util.List;

/** The GraphQL types of the statistics. */
public final class Stats {

	private Stats() {
	}

	/** {@code TransferStats}: contracts and turnover in a date range, grouped. */
	public record TransferStats(LocalDate from, LocalDate to, TransferGroupBy groupBy, long contracts,
			double turnoverWan, List<TransferGroup> groups) {
	}

	/** One group of contracts. */
	public record TransferGroup(String key, String label, long contracts, double turnoverWan) {
	}

	/** The stages of the pipeline, in order. */
	public enum Stage {

		SUBMITTED, REVIEWED, RECOMMENDED, ACCEPTED, CONTRACTED

	}

	/** {@code Pipeline}: the funnel of the demands submitted in a date range. */
	public record Pipeline(LocalDate from, LocalDate to, List<PipelineStage> stages) {
	}

	/**
	 * One stage: how many demands reached it, the share of the previous stage and of the
	 * first, and the median days from the previous stage (null when nothing reached it).
	 */
	public record PipelineStage(Stage stage, long demands, Double conversionFromPrevious, Double conversionFromStart,
			Double medianDaysFromPrevious) {
	}

	/** {@code MarketStats}: supply and demand side by side. */
	public record MarketStats(Breakdown supply, Breakdown demand) {
	}

	/** Counts of one side by cluster, chain, city and maturity, largest first. */
	public record Breakdown(long total, List<Count> byCluster, List<Count> byChain, List<Count> byCity,
			List<Count> byMaturity) {
	}

	/** The decline reasons of one supply item or expert. */
	public record DeclineCount(String key, String label, long declined, List<Count> reasons) {
	}

	/** One value and how many records have it. */
	public record Count(String key, String label, long count) {
	}

}
