package org.techmatch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.IntellectualProperty;
import org.techmatch.catalog.IpType;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.search.SearchQueryBuilder.Target;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking properties of the search request on text nobody on the project wrote: the 2,810
 * zhibei achievements ({@code ../shared/datasets/zhibei/}), indexed into this test's own
 * index with the real mapping, searched with the request {@link SearchQueryBuilder}
 * builds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZhibeiSearchIT extends ElasticsearchIntegrationTest {

	static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-zhibei-search",
			"elastic/indices/achievements.json");

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private IndexGenerations generations;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private SearchQueryBuilder queries;

	private final List<AchievementDocument> documents = new ArrayList<>();

	@BeforeAll
	void load() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		for (String line : Files.readAllLines(SharedData.zhibei("achievements.ndjson"))) {
			if (!line.isBlank()) {
				this.documents.add(document(json.readTree(line)));
			}
		}
		this.generations.replaceAll(INDEX, this.documents, AchievementDocument::id);
	}

	@AfterAll
	void cleanUp() {
		this.indexAdmin.currentGeneration(INDEX).ifPresent(this.indexAdmin::discard);
	}

	private static AchievementDocument document(JsonNode r) {
		String id = r.path("id").asString();
		Maturity maturity = Maturity.fromLabel(r.path("maturity").asString()).orElse(null);
		String[] industry = r.path("industry").asString().split("-", 2);
		AskingPrice price = AskingPrice.parse(r.path("price").asString()).value();
		IpType ip = IpType.fromLabel(r.path("zlxx").asString()).orElse(IpType.OTHER);
		return new AchievementDocument(id, AchievementDocument.SUPPLY_TYPE, "zhibei", id, r.path("name").asString(),
				null, r.path("context").asString(), List.of(),
				new TechnicalField(industry[0], (industry.length > 1) ? industry[1] : null), null, null, maturity,
				(maturity != null) ? maturity.rank() : null, null, new IntellectualProperty(ip, List.of()),
				TransferMode.parseConcatenated(r.path("cooperationMethod").asString()).modes(), price, null, null, null,
				LocalDate.parse(r.path("postTime").asString()), null);
	}

	private List<Hit<JsonData>> search(SearchInput input, int size) throws IOException {
		SearchResponse<JsonData> response = this.client.search(
				this.queries.build(input, size, Target.indices(List.of(INDEX.alias())), null, SearchSelection.ALL),
				JsonData.class);
		return response.hits().hits();
	}

	private static String title(Hit<JsonData> hit) {
		return hit.source().toJson().asJsonObject().getString("title");
	}

	@Test
	@DisplayName("zhibei: the exact name of an achievement ranks it first, for every 50th record")
	void exactTitleRanksFirst() throws IOException {
		int checked = 0;
		for (int i = 0; i < this.documents.size(); i += 50) {
			AchievementDocument document = this.documents.get(i);
			List<Hit<JsonData>> hits = search(SearchInput.text(document.title()), 3);
			assertThat(hits).as("hits for %s", document.title()).isNotEmpty();
			assertThat(title(hits.get(0))).as("first hit for %s", document.title()).isEqualTo(document.title());
			checked++;
		}
		assertThat(checked).isGreaterThan(50);
	}

	@ParameterizedTest
	@ValueSource(strings = { "机器视觉", "石墨烯", "污水处理" })
	@DisplayName("zhibei: the top hits of a common technical term contain it in the title or the text")
	void topHitsContainTheTerm(String term) throws IOException {
		List<Hit<JsonData>> hits = search(SearchInput.text(term), 5);
		assertThat(hits).hasSize(5).allSatisfy((hit) -> assertThat(hit.highlight()).isNotEmpty());
	}

	@Test
	@DisplayName("zhibei: a synonym finds the synonym's items (工业视觉 finds 机器视觉)")
	void synonymFindsItems() throws IOException {
		List<Hit<JsonData>> hits = search(SearchInput.text("工业视觉"), 5);
		assertThat(hits).isNotEmpty()
			.anySatisfy((hit) -> assertThat(
					String.join(" ", hit.highlight().values().stream().flatMap(List::stream).toList()))
				.contains("<em>机器视觉</em>"));
	}

	@Test
	@DisplayName("zhibei: maturity and transfer-mode filters keep only matching records")
	void filtersOnRealData() throws IOException {
		SearchInput input = new SearchInput("技术", null, null, null, null, Maturity.PILOT_PROVEN, null,
				List.of(TransferMode.LICENSE), null, null, null, null, null, null, null, null);
		List<Hit<JsonData>> hits = search(input, 50);
		assertThat(hits).isNotEmpty().allSatisfy((hit) -> {
			var source = hit.source().toJson().asJsonObject();
			assertThat(source.getString("maturity")).isIn("PILOT_PROVEN", "MASS_PRODUCTION");
			assertThat(source.getJsonArray("transferModes").toString()).contains("LICENSE");
		});
	}

}
