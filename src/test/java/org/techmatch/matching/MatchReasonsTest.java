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
	@DisplayName("TEXT names the highlighted words with the text relevance as weight; each criterion met follows with what it added")
	void reasonsFromRankingAndHighlights() {
		Achievement item = new Achievement("ach-1", null, null, "退役电池回收", null, null, List.of(), null, "NEV_BATTERY",
				"NEW_ENERGY_VEHICLES", Maturity.PILOT_PROVEN, null, null,
				List.of(TransferMode.LICENSE, TransferMode.TRANSFER), AskingPrice.range(50, 80), null, null, null,
				null);
		MatchCriteria criteria = new MatchCriteria(List.of("NEV_BATTERY"), true, List.of("动力电池"),
				List.of("NEW_ENERGY_VEHICLES"), Maturity.LAB_PROVEN, Set.of(TransferMode.LICENSE), 100.0, null, "郑州");
		MatchRanking.Ranked ranked = new MatchRanking.Ranked("ach-1", 80.0, 0.6, Set.of(MatchReasonKind.SAME_CHAIN,
				MatchReasonKind.MATURITY_OK, MatchReasonKind.WITHIN_BUDGET, MatchReasonKind.MODE_COMPATIBLE));
		Map<String, List<String>> highlights = Map.of("title", List.of("<em>退役</em><em>电池</em><em>回收</em>"),
				"description", List.of("<em>电池</em>梯次利用"));
		List<MatchReason> result = this.reasons.forSupply(ranked, highlights, criteria, item);
		assertThat(result).extracting(MatchReason::kind)
			.containsExactly(MatchReasonKind.TEXT, MatchReasonKind.MATURITY_OK, MatchReasonKind.MODE_COMPATIBLE,
					MatchReasonKind.WITHIN_BUDGET, MatchReasonKind.SAME_CHAIN);
		assertThat(result.get(0).detail()).isEqualTo("匹配词：电池、退役、回收");
		assertThat(result.get(0).weight()).isEqualTo(60.0);
		assertThat(result.get(1).detail()).isEqualTo("成果成熟度：通过中试");
		assertThat(result.get(1).weight()).isEqualTo(6.0);
		assertThat(result.get(2).detail()).isEqualTo("双方都接受：许可");
		assertThat(result.get(3).detail()).isEqualTo("报价50–80万元");
		assertThat(result.get(4).label()).isEqualTo("同一产业链：动力电池");
		assertThat(result.get(4).detail()).isEqualTo("产业链由需求文本推断（动力电池）");
		assertThat(result.get(4).weight()).isEqualTo(4.5);
	}

	@Test
	@DisplayName("a lone character is named only when no longer word matched")
	void singleCharactersOnlyAsLastResort() {
		assertThat(MatchReasons.highlightedTerms(Map.of("title", List.of("<em>痛</em>与<em>膝盖</em>"))))
			.containsExactly("膝盖");
		assertThat(MatchReasons.highlightedTerms(Map.of("title", List.of("关节<em>痛</em>")))).containsExactly("痛");
	}

}
