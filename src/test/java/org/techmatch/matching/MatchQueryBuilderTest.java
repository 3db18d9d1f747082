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
	@DisplayName("candidates: the words must match, characters and the selected bigrams add to the score, no criterion filters by default")
	void candidatesByText() {
		SearchRequest request = this.builder.supplyCandidates(this.builder.supplyFor(need("NEV_BATTERY", List.of())),
				MatchQueryBuilder.supplyIndices());
		String body = json(request);
		assertThat(request.size()).isEqualTo(MatchQueryBuilder.CANDIDATES);
		assertThat(body).contains("\"title.chars^2\"").contains("\"description.bigram\"").contains("\"title^2\"");
		assertThat(body).contains("\"must\":[{\"multi_match\"");
		assertThat(body).doesNotContain("\"terms\"").doesNotContain("\"_name\"");
		// the only minimum_should_match is the selected bigrams' "any one" (nothing is
		// all-or-nothing)
		assertThat(body.split("minimum_should_match", -1)).hasSize(2);
		assertThat(body)
			.contains("\"more_like_this\":{\"boost\":0.5,\"fields\":[\"title.bigram\",\"description.bigram\"]")
			.contains("\"max_query_terms\":50")
			.contains("\"minimum_should_match\":\"1\"");
		assertThat(body).contains("\"includes\":[\"id\",\"vector\",\"maturityRank\"");
		assertThat(body).doesNotContain("\"highlight\"");
	}

	@Test
	@DisplayName("items declined as not a fit are a must_not ids clause of the candidate query itself (not a filter on a page)")
	void declinedItemsExcluded() {
		String body = json(this.builder.supplyCandidates(
				this.builder.supplyFor(need("NEV_BATTERY", List.of()), java.util.Set.of("ach-9", "cap-3")),
				MatchQueryBuilder.supplyIndices()));
		assertThat(body).contains("\"must_not\":[{\"ids\":{\"values\":[\"ach-9\",\"cap-3\"]}}]");
		assertThat(json(this.builder.supplyCandidates(this.builder.supplyFor(need("NEV_BATTERY", List.of())),
				MatchQueryBuilder.supplyIndices())))
			.doesNotContain("must_not");
	}

	@Test
	@DisplayName("the page: the items by id, with highlights, without contact and vector")
	void pageById() {
		String body = json(this.builder.supplyPage(this.builder.supplyFor(need(null, List.of())),
				MatchQueryBuilder.supplyIndices(), List.of("ach-1", "cap-2"), List.of("description")));
		assertThat(body).contains("\"ids\":{\"values\":[\"ach-1\",\"cap-2\"]}")
			.contains("\"highlight\"")
			.contains("\"excludes\":[\"description\",\"contact\",\"vector\",\"embedding\"]");
	}

	@Test
	@DisplayName("a required criterion becomes a filter")
	void requiredBecomesFilter() {
		String body = json(this.builder.supplyCandidates(
				this.builder.supplyFor(need(null, List.of(MatchReasonKind.SAME_CITY, MatchReasonKind.MODE_COMPATIBLE))),
				MatchQueryBuilder.supplyIndices()));
		assertThat(body).contains("{\"terms\":{\"city\":[\"郑州\"]}}");
		assertThat(body).contains("\"serviceTypes\"").contains("\"TECH_DEVELOPMENT\"");
	}

	@Test
	@DisplayName("a chain named in the title is inferred, marked as inferred and shown with its evidence")
	void infersChain() {
		MatchPlan plan = this.builder.supplyFor(need(null, List.of()));
		assertThat(plan.criteria().chains()).containsExactly("NEV_BATTERY");
		assertThat(plan.criteria().chainInferred()).isTrue();
		assertThat(plan.criteria().chainEvidence()).contains("动力电池");
		assertThat(this.builder.supplyFor(need("NEV_BATTERY", List.of())).criteria().chainInferred()).isFalse();
	}

	@Test
	@DisplayName("a short alias inside a long description is no evidence for a chain (化学药 in 化学药剂)")
	void noGuessFromAShortAlias() {
		Need rust = new Need("钢件除锈", "车间的钢件生锈严重，目前用化学药剂浸泡，污染大，想换成环保的除锈工艺", List.of(), null, null, List.of(), null, null,
				List.of());
		assertThat(this.builder.supplyFor(rust).criteria().chains()).isEmpty();
	}

	@Test
	@DisplayName("demand boilerplate (我公司, 希望, 技术 …) is removed from the query text, but never everything")
	void removesBoilerplate() {
		assertThat(MatchQueryBuilder.withoutBoilerplate("我公司希望寻求电池回收技术")).isEqualTo("电池回收");
		assertThat(MatchQueryBuilder.withoutBoilerplate("技术需求")).isEqualTo("技术需求");
	}

	@Test
	@DisplayName("reverse matching filters to demands still seeking supply, over the demands' own fields")
	void reverseFiltersOpenDemands() {
		SupplyProfile supply = new SupplyProfile("ach-1", "退役电池回收", "退役电池回收 梯次利用", List.of("NEV_BATTERY"),
				List.of("NEW_ENERGY_VEHICLES"), Maturity.PILOT_PROVEN, java.util.Set.of(TransferMode.LICENSE), 50.0,
				"郑州");
		String body = json(
				this.builder.demandCandidates(this.builder.demandsFor(supply), MatchQueryBuilder.demandIndices()));
		assertThat(body).contains("\"status\":[\"MATCHING\",\"OPEN\"]")
			.contains("\"deadline\"")
			.contains("\"includes\":[\"id\",\"vector\",\"maturityRank\",\"cooperationModes\",\"budget\"");
	}

	@Test
	@DisplayName("in reverse, the demands that declined the item as not a fit are a must_not ids clause of the candidate query")
	void reverseLeavesOutDecliningDemands() {
		SupplyProfile supply = new SupplyProfile("ach-1", "退役电池回收", "退役电池回收 梯次利用", List.of("NEV_BATTERY"),
				List.of("NEW_ENERGY_VEHICLES"), Maturity.PILOT_PROVEN, java.util.Set.of(TransferMode.LICENSE), 50.0,
				"郑州");
		String body = json(
				this.builder.demandCandidates(this.builder.demandsFor(supply, java.util.Set.of("dem-b", "dem-a")),
						MatchQueryBuilder.demandIndices()));
		assertThat(body).contains("\"must_not\":[{\"ids\":{\"values\":[\"dem-a\",\"dem-b\"]}}]");
		assertThat(
				json(this.builder.demandCandidates(this.builder.demandsFor(supply), MatchQueryBuilder.demandIndices())))
			.doesNotContain("\"ids\"");
	}

}
