package org.techmatch.stats;

import java.time.LocalDate;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics are aggregations: every request is size 0 and says what it sums. */
class StatsQueryBuilderTest {

	private final StatsQueryBuilder builder = new StatsQueryBuilder();

	private static String json(SearchRequest request) {
		return JsonpUtils.toJsonString(request, new JacksonJsonpMapper());
	}

	@Test
	@DisplayName("transferStats by MONTH: contracted recommendations signed in the range, a sum of their values, a monthly date_histogram with every month of the range, each summed; no hit loaded")
	void transferByMonth() {
		SearchRequest request = this.builder.transfer(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30),
				TransferGroupBy.MONTH);
		assertThat(request.index()).containsExactly("techmatch-recommendations");
		assertThat(request.size()).isZero();
		assertThat(json(request)).isEqualTo("{\"aggregations\":{"
				+ "\"groups\":{\"aggregations\":{\"turnover\":{\"sum\":{\"field\":\"contract.valueWan\"}}},"
				+ "\"date_histogram\":{\"calendar_interval\":\"month\",\"extended_bounds\":{\"max\":1.7959968E12,\"min\":1.7672256E12},"
				+ "\"field\":\"contract.signedOn\",\"format\":\"yyyy-MM\",\"min_doc_count\":0}},"
				+ "\"turnover\":{\"sum\":{\"field\":\"contract.valueWan\"}}},"
				+ "\"query\":{\"bool\":{\"filter\":[{\"term\":{\"status\":{\"value\":\"CONTRACTED\"}}},"
				+ "{\"range\":{\"contract.signedOn\":{\"gte\":\"2026-01-01\",\"lte\":\"2026-11-30\"}}}]}},"
				+ "\"size\":0,\"track_total_hits\":true}");
	}

	@Test
	@DisplayName("transferStats by EXPERT: terms on the expert, largest turnover first, with the expert's name")
	void transferByExpert() {
		String body = json(
				this.builder.transfer(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), TransferGroupBy.EXPERT));
		assertThat(body).contains("\"terms\":{\"field\":\"expertId\"")
			.contains("\"order\":[{\"turnover\":\"desc\"},{\"_key\":\"asc\"}]")
			.contains("\"name\":{\"terms\":{\"field\":\"expertName\",\"size\":1}}")
			.contains("\"size\":0");
		assertThat(json(
				this.builder.transfer(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30), TransferGroupBy.CHAIN)))
			.contains("\"terms\":{\"field\":\"chain\"")
			.doesNotContain("expertName");
	}

	@Test
	@DisplayName("the funnel: distinct demands (cardinality) per stage and the median (percentiles 50) of each stage's days")
	void pipeline() {
		String demands = json(this.builder.pipelineDemands(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
		assertThat(demands).contains("\"size\":0")
			.contains(
					"\"reviewed\":{\"aggregations\":{\"days\":{\"percentiles\":{\"field\":\"reviewDays\",\"percents\":[50.0]}}},\"filter\":{\"exists\":{\"field\":\"reviewedAt\"}}}")
			.contains(
					"\"range\":{\"createdAt\":{\"gte\":\"2026-01-01\",\"lt\":\"2026-07-01\",\"format\":\"strict_date_optional_time\"}}");
		String recommendations = json(
				this.builder.pipelineRecommendations(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
		assertThat(recommendations).contains("\"size\":0")
			.contains("\"cardinality\":{\"field\":\"demandId\",\"precision_threshold\":40000}")
			.contains("\"percentiles\":{\"field\":\"sendDays\",\"percents\":[50.0]}")
			.contains("\"percentiles\":{\"field\":\"answerDays\",\"percents\":[50.0]}")
			.contains("\"percentiles\":{\"field\":\"contractDays\",\"percents\":[50.0]}");
	}

	@Test
	@DisplayName("decline reasons per item: DECLINED recommendations, terms on the item, terms on the reason")
	void declines() {
		assertThat(json(this.builder.declines(DeclineGroupBy.SUPPLY_ITEM, null, 20))).isEqualTo("{\"aggregations\":{"
				+ "\"groups\":{\"aggregations\":{\"reasons\":{\"terms\":{\"field\":\"declineReason\",\"size\":10}}},"
				+ "\"terms\":{\"field\":\"supplyId\",\"size\":20}}},"
				+ "\"query\":{\"bool\":{\"filter\":[{\"term\":{\"status\":{\"value\":\"DECLINED\"}}}]}},\"size\":0}");
	}

}
