package org.techmatch.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class MatchReasonsTest {

	private final MatchReasons reasons = new MatchReasons(new IndustrialChainTaxonomy());

	@Test
	@DisplayName("matched_queries and highlights become TEXT with the <em> terms plus one reason per named clause, with its score")
	void reasonsFromMatchedQueries() {
		Achievement item = new Achievement("ach-1", null, null, "退役电池回收", null, null, List.of(), null, "NEV_BATTERY",
				"NEW_ENERGY_VEHICLES", Maturity.PILOT_PROVEN, null, null,
				List.of(TransferMode.LICENSE, TransferMode.TRANSFER), AskingPrice.range(50, 80), null, null, null,
				null);
		MatchCriteria criteria = new MatchCriteria(List.of("NEV_BATTERY"), true, List.of("NEW_ENERGY_VEHICLES"),
				Maturity.LAB_PROVEN, Set.of(TransferMode.LICENSE), 100.0, null, "郑州");
		Map<String, Double> matched = Map.of("text", 15.5, "SAME_CHAIN", 45.0, "MATURITY_OK", 3.0, "WITHIN_BUDGET", 2.0,
				"MODE_COMPATIBLE", 2.0);
		Map<String, List<String>> highlights = Map.of("title", List.of("<em>退役</em><em>电池</em><em>回收</em>"),
				"description", List.of("<em>电池</em>梯次利用"));
		List<MatchReason> result = this.reasons.forSupply(matched, highlights, criteria, item);
		assertThat(result).extracting(MatchReason::kind)
			.containsExactly(MatchReasonKind.TEXT, MatchReasonKind.SAME_CHAIN, MatchReasonKind.MATURITY_OK,
					MatchReasonKind.MODE_COMPATIBLE, MatchReasonKind.WITHIN_BUDGET);
		assertThat(result.get(0).detail()).isEqualTo("匹配词：电池、退役、回收");
		assertThat(result.get(0).weight()).isEqualTo(15.5);
		assertThat(result.get(1).label()).isEqualTo("同一产业链：动力电池");
		assertThat(result.get(1).detail()).isEqualTo("产业链由需求文本推断");
		assertThat(result.get(1).weight()).isEqualTo(45.0);
		assertThat(result.get(2).detail()).isEqualTo("成果成熟度：通过中试");
		assertThat(result.get(3).detail()).isEqualTo("双方都接受：许可");
		assertThat(result.get(4).detail()).isEqualTo("报价50–80万元");
	}

}
