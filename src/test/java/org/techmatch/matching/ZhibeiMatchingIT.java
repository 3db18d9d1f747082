package org.techmatch.matching;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.embedding.EmbeddingBackfill;
import org.techmatch.embedding.EmbeddingTarget;
import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.ZhibeiData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching on text nobody on the project wrote: the 2,810 zhibei achievements, imported
 * as the importer reads them into this test's own index and given their vectors, matched
 * with the 20 demands of the real-text development set
 * ({@code ../shared/relevance/zhibei-dev}) through {@link MatchService}, as
 * {@code match(need:)} runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZhibeiMatchingIT extends ElasticsearchIntegrationTest {

	static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-zhibei-match",
			"elastic/indices/achievements.json");

	@Autowired
	private IndexGenerations generations;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private AchievementDocumentMapper mapper;

	@Autowired
	private EmbeddingBackfill backfill;

	@Autowired
	private EmbeddingTexts texts;

	@Autowired
	private MatchService matching;

	@BeforeAll
	void load() {
		List<AchievementDocument> documents = ZhibeiData.achievements(this.mapper);
		this.generations.replaceAll(INDEX, documents, AchievementDocument::id);
		assertThat(this.backfill.embedMissing(EmbeddingTarget.supply(INDEX.alias(), this.texts)))
			.isEqualTo(documents.size());
	}

	@AfterAll
	void cleanUp() {
		this.indexAdmin.currentGeneration(INDEX).ifPresent(this.indexAdmin::discard);
	}

	private Connections.MatchConnection match(Need need, int first) {
		return this.matching.match(need, first, List.of(), List.of(INDEX.alias()));
	}

	private static Need need(JsonNode demand, boolean terms) {
		Maturity maturity = (terms && demand.hasNonNull("maturityAtLeast"))
				? Maturity.valueOf(demand.get("maturityAtLeast").asString()) : null;
		List<TransferMode> modes = new ArrayList<>();
		if (terms) {
			demand.path("cooperationModes").forEach((mode) -> modes.add(TransferMode.valueOf(mode.asString())));
		}
		return new Need(demand.get("title").asString(), demand.get("description").asString(), List.of(), null, maturity,
				modes, null, null, List.of());
	}

	@Test
	@DisplayName("zhibei dev set, with the demands' maturity and modes: every top-10 match names the words it shares with the need")
	void everyTopTenMatchNamesItsWords() {
		List<JsonNode> demands = ZhibeiData.devDemands();
		assertThat(demands).hasSize(20);
		int checked = 0;
		for (JsonNode demand : demands) {
			Connections.MatchConnection connection = match(need(demand, true), 10);
			assertThat(connection.edges()).as(demand.get("id").asString()).hasSize(10);
			for (Connections.Edge<Match> edge : connection.edges()) {
				MatchReason text = edge.node().reasons().get(0);
				assertThat(text.kind()).isEqualTo(MatchReasonKind.TEXT);
				assertThat(text.detail()).as("%s → %s", demand.get("id").asString(), edge.node().item().title())
					.startsWith("匹配词：")
					.hasSizeGreaterThan("匹配词：".length());
				checked++;
			}
		}
		assertThat(checked).isEqualTo(200);
	}

	@Test
	@DisplayName("zhibei dev-019 (治骨刺膝盖痛的中药方): the first two matches treat 骨质增生 and joint pain, none is off-topic")
	void boneSpurNeed() {
		JsonNode demand = ZhibeiData.devDemands()
			.stream()
			.filter((d) -> d.get("id").asString().equals("dev-019"))
			.findFirst()
			.orElseThrow();
		List<String> titles = match(need(demand, false), 3).edges()
			.stream()
			.map((edge) -> edge.node().item().title())
			.toList();
		assertThat(titles).hasSize(3);
		assertThat(titles.subList(0, 2)).allSatisfy((title) -> assertThat(title).contains("骨质增生"));
		assertThat(titles).allSatisfy((title) -> assertThat(title).containsAnyOf("骨", "关节", "颈椎", "膝"));
	}

	@Test
	@DisplayName("zhibei: a structured wish never lifts an item that shares no word with the need")
	void termsOnlyReorderTextMatches() {
		for (JsonNode demand : ZhibeiData.devDemands()) {
			List<String> plain = match(need(demand, false), 100).edges()
				.stream()
				.map((edge) -> edge.node().item().id())
				.toList();
			List<String> withTerms = match(need(demand, true), 100).edges()
				.stream()
				.map((edge) -> edge.node().item().id())
				.toList();
			assertThat(withTerms).as(demand.get("id").asString()).containsExactlyInAnyOrderElementsOf(plain);
		}
	}

}
