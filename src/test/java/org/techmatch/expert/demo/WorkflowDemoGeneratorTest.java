package org.techmatch.expert.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandStatus;
import org.techmatch.demand.demo.DemoDemandGenerator;
import org.techmatch.expert.HistoryEntry;
import org.techmatch.expert.Recommendation;
import org.techmatch.expert.RecommendationStatus;
import org.techmatch.expert.RecommendationTransitions;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowDemoGeneratorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private final IndustrialChainTaxonomy taxonomy = new IndustrialChainTaxonomy();

	private WorkflowDemoGenerator.Result generate(LocalDate today) {
		DemoCorpusGenerator corpus = new DemoCorpusGenerator(this.taxonomy, DemoCorpusGenerator.DEFAULT_SEED);
		DemoDemandGenerator texts = new DemoDemandGenerator(corpus.topics(), this.taxonomy,
				DemoDemandGenerator.DEFAULT_SEED);
		List<Demand> demands = texts.demands();
		Map<String, List<Map.Entry<String, String>>> supply = new HashMap<>();
		texts.topicOf()
			.forEach((id, topic) -> supply.put(id, List.of(Map.entry("ach-demo-0000" + (topic.length() % 9), "甲"),
					Map.entry("ach-demo-0001" + (topic.length() % 7), "乙"), Map.entry("cap-demo-0001", "丙"))));
		return new WorkflowDemoGenerator(WorkflowDemoGenerator.DEFAULT_SEED, today).generate(demands, demands, supply);
	}

	@Test
	@DisplayName("the same seed and day give the same demands and recommendations")
	void deterministic() {
		WorkflowDemoGenerator.Result a = generate(TODAY);
		WorkflowDemoGenerator.Result b = generate(TODAY);
		assertThat(a.demands()).isEqualTo(b.demands());
		assertThat(a.recommendations())
			.extracting(Recommendation::getId, Recommendation::getStatus, Recommendation::getUpdatedAt)
			.isEqualTo(b.recommendations()
				.stream()
				.map((r) -> org.assertj.core.groups.Tuple.tuple(r.getId(), r.getStatus(), r.getUpdatedAt()))
				.toList());
	}

	@Test
	@DisplayName("recommendations at every stage, contracts in most of the last 18 months and none in the future, every history a legal path, contracted demands CONTRACTED")
	void realLooking() {
		WorkflowDemoGenerator.Result result = generate(TODAY);
		assertThat(result.recommendations().stream().map(Recommendation::getStatus).collect(Collectors.toSet()))
			.containsAll(Set.of(RecommendationStatus.values()));
		Set<String> months = result.recommendations()
			.stream()
			.filter((r) -> r.getContract() != null)
			.map((r) -> r.getContract().getSignedOn().substring(0, 7))
			.collect(Collectors.toSet());
		assertThat(months).hasSizeGreaterThanOrEqualTo(12);
		assertThat(months).allSatisfy((m) -> assertThat(m.compareTo("2026-11")).isLessThanOrEqualTo(0));
		for (Recommendation r : result.recommendations()) {
			List<HistoryEntry> history = r.getHistory();
			assertThat(history.get(0).getTo()).isEqualTo(RecommendationStatus.PROPOSED);
			for (HistoryEntry entry : history.subList(1, history.size())) {
				assertThat(RecommendationTransitions.allowed(entry.getFrom(), entry.getTo())).as(r.getId()).isTrue();
			}
			assertThat(history.get(history.size() - 1).getTo()).isEqualTo(r.getStatus());
		}
		Set<String> contracted = result.recommendations()
			.stream()
			.filter((r) -> r.getStatus() == RecommendationStatus.CONTRACTED)
			.map(Recommendation::getDemandId)
			.collect(Collectors.toSet());
		assertThat(result.demands()).filteredOn((d) -> contracted.contains(d.id()))
			.allSatisfy((d) -> assertThat(d.status()).isEqualTo(DemandStatus.CONTRACTED));
		assertThat(result.demands()).filteredOn((d) -> d.id().startsWith("dem-demo-h")).hasSize(180);
	}

}
