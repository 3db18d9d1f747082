package org.techmatch.stats;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.graphql.Paging;
import org.techmatch.stats.Stats.DeclineCount;
import org.techmatch.stats.Stats.MarketStats;
import org.techmatch.stats.Stats.Pipeline;
import org.techmatch.stats.Stats.TransferStats;

/**
 * {@code transferStats}, {@code pipelineStats}, {@code declineStats} and
 * {@code marketStats}.
 */
@Controller
public class StatsController {

	private final StatsService stats;

	public StatsController(StatsService stats) {
		this.stats = stats;
	}

	@QueryMapping
	public TransferStats transferStats(@Argument LocalDate from, @Argument LocalDate to,
			@Argument TransferGroupBy groupBy) {
		return this.stats.transfer(from, to, groupBy);
	}

	@QueryMapping
	public Pipeline pipelineStats(@Argument LocalDate from, @Argument LocalDate to) {
		return this.stats.pipeline(from, to);
	}

	@QueryMapping
	public List<DeclineCount> declineStats(@Argument DeclineGroupBy groupBy, @Argument List<String> keys,
			@Argument Integer first) {
		return this.stats.declines(groupBy, keys, Paging.first((first != null) ? first : 20));
	}

	@QueryMapping
	public MarketStats marketStats() {
		return this.stats.market();
	}

	/** Turnover in 亿元 (10,000 万元), the unit the centre reports. */
	@SchemaMapping(typeName = "TransferStats")
	public double turnoverYi(TransferStats stats) {
		return Math.round(stats.turnoverWan()) / 10000.0;
	}

}
