package org.techmatch.matching;

import java.util.List;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class MatchQueryBuilderTest {

	private final IndustrialChainTaxonomy taxonomy = new IndustrialChainTaxonomy();

	private final MatchQueryBuilder builder = new MatchQueryBuilder(this.taxonomy, new ChainInference(this.taxonomy));

	private static Need need(String chain, List<MatchReasonKind> require) {
		return new Need("动力电池回收", "寻求退役动力电池梯次利用与材料回收技术", List.of(), chain, Maturity.LAB_PROVEN,
				List.of(TransferMode.LICENSE, TransferMode.JOINT_DEVELOPMENT), 100.0, "郑州", require);
	}

	private static String json(SearchRequest request) {
		return JsonpUtils.toJsonString(request, new JacksonJsonpMapper());
	}

	@Test
	@DisplayName("every structured clause is a named constant_score should clause; nothing is filtered by default")
	void namedShouldClauses() {
		SearchRequest request = this.builder.supplySearch(this.builder.supplyFor(need("NEV_BATTERY", List.of())), 10,
				null);
		assertThat(request.includeNamedQueriesScore()).isTrue();
		String body = json(request);
		for (MatchReasonKind kind : List.of(MatchReasonKind.SAME_CHAIN, MatchReasonKind.SAME_CLUSTER,
				MatchReasonKind.MATURITY_OK, MatchReasonKind.MODE_COMPATIBLE, MatchReasonKind.WITHIN_BUDGET,
				MatchReasonKind.SAME_CITY)) {
			assertThat(body).contains("\"_name\":\"" + kind.name() + "\"");
		}
		assertThat(body).doesNotContain("\"filter\":[{\"terms\"");
		assertThat(body).contains("\"highlight\"");
		assertThat(body).contains("\"serviceTypes\"").contains("\"TECH_DEVELOPMENT\"");
	}

	@Test
	@DisplayName("a required criterion also becomes a filter")
	void requiredBecomesFilter() {
		String body = json(this.builder
			.supplySearch(this.builder.supplyFor(need(null, List.of(MatchReasonKind.SAME_CITY))), 10, null));
		assertThat(body).contains("\"filter\":[{\"terms\":{\"city\":[\"郑州\"]}}]");
	}

	@Test
	@DisplayName("without a chain, the chain is inferred from the text (动力电池) and marked as inferred")
	void infersChain() {
		MatchPlan plan = this.builder.supplyFor(need(null, List.of()));
		assertThat(plan.criteria().chains()).containsExactly("NEV_BATTERY");
		assertThat(plan.criteria().chainInferred()).isTrue();
		assertThat(this.builder.supplyFor(need("NEV_BATTERY", List.of())).criteria().chainInferred()).isFalse();
	}

	@Test
	@DisplayName("demand boilerplate (我公司, 希望, 技术 …) is removed from the query text, but never everything")
	void removesBoilerplate() {
		assertThat(MatchQueryBuilder.withoutBoilerplate("我公司希望寻求电池回收技术")).isEqualTo("电池回收");
		assertThat(MatchQueryBuilder.withoutBoilerplate("技术需求")).isEqualTo("技术需求");
	}

	@Test
	@DisplayName("reverse matching filters to demands still seeking supply and compares maturity the other way")
	void reverseFiltersOpenDemands() {
		SupplyProfile supply = new SupplyProfile("ach-1", "退役电池回收", "退役电池回收 梯次利用", List.of("NEV_BATTERY"),
				List.of("NEW_ENERGY_VEHICLES"), Maturity.PILOT_PROVEN, java.util.Set.of(TransferMode.LICENSE), 50.0,
				"郑州");
		String body = json(this.builder.demandSearch(this.builder.demandsFor(supply), 10, null));
		assertThat(body).contains("\"status\":[\"MATCHING\",\"OPEN\"]")
			.contains("\"lte\":4.0")
			.contains("\"budget.maxWan\"");
	}

}
