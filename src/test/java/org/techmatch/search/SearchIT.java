package org.techmatch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * search, suggest and similar over the demo corpus the application loads on start,
 * through GraphQL over HTTP.
 */
class SearchIT extends ElasticsearchIntegrationTest {

	private HttpGraphQlTester graphQlTester;

	@Autowired
	private co.elastic.clients.elasticsearch.ElasticsearchClient client;

	@Autowired
	void graphQlTester(HttpGraphQlTester tester) {
		// a 2-core machine shared with other builds: allow more than the default 5 s
		this.graphQlTester = tester.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
	}

	@Autowired
	private CatalogService catalog;

	@Autowired
	private SearchService searchService;

	@Autowired
	private IndustrialChainTaxonomy taxonomy;

	private GraphQlTester.Response search(Map<String, Object> input, int first, String after) {
		return this.graphQlTester.documentName("search")
			.variable("input", input)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> nodes(GraphQlTester.Response response) {
		return (List<Map<String, Object>>) (List<?>) response.path("search.edges[*].node").entityList(Map.class).get();
	}

	private long total(Map<String, Object> input) {
		return this.graphQlTester.documentName("searchIds")
			.variable("input", input)
			.variable("first", 1)
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.get();
	}

	@Test
	@DisplayName("an achievement's exact title ranks it first")
	void exactTitleRanksFirst() {
		for (String id : List.of("ach-demo-00001", "ach-demo-03494", "ach-demo-07777", "ach-demo-10999")) {
			Achievement achievement = this.catalog.achievement(id).orElseThrow();
			List<Map<String, Object>> nodes = nodes(search(Map.of("text", achievement.title()), 3, null));
			assertThat(nodes.get(0).get("title")).as("first hit for %s", achievement.title())
				.isEqualTo(achievement.title());
		}
	}

	@Test
	@DisplayName("a synonym finds the synonym's items: 苞米 finds 玉米, 砼 finds 混凝土 (neither query word is in the corpus)")
	void synonymFindsItems() {
		for (String[] pair : new String[][] { { "苞米", "玉米" }, { "砼", "混凝土" } }) {
			var response = search(Map.of("text", pair[0]), 10, null);
			assertThat(response.path("search.totalCount").entity(Long.class).get()).isGreaterThan(10);
			List<String> fragments = response.path("search.edges[*].highlights[*].fragments[*]")
				.entityList(String.class)
				.get();
			assertThat(fragments).isNotEmpty().allSatisfy((f) -> assertThat(f).contains("<em>" + pair[1] + "</em>"));
		}
	}

	@Test
	@DisplayName("each filter keeps only items that satisfy it, and fewer than without it")
	@SuppressWarnings("unchecked")
	void filtersExcludeWhatTheyShould() {
		String text = "技术";
		long all = total(Map.of("text", text));
		List<Map<String, Object>> nodes;

		nodes = nodes(search(Map.of("text", text, "chains", List.of("NEV_BATTERY"), "types", List.of("ACHIEVEMENT")),
				100, null));
		assertThat(nodes).isNotEmpty()
			.allSatisfy((n) -> assertThat(n).extracting("chain").extracting("code").isEqualTo("NEV_BATTERY"));

		nodes = nodes(search(Map.of("text", text, "maturityAtLeast", "PILOT_PROVEN"), 100, null));
		assertThat(nodes).isNotEmpty()
			.allSatisfy((n) -> assertThat(n.get("maturity")).isIn("PILOT_PROVEN", "MASS_PRODUCTION"));

		nodes = nodes(search(Map.of("text", text, "transferModes", List.of("EQUITY")), 100, null));
		assertThat(nodes).isNotEmpty()
			.allSatisfy((n) -> assertThat((List<Object>) n.get("transferModes")).contains("EQUITY"));

		nodes = nodes(search(Map.of("text", text, "cities", List.of("洛阳")), 100, null));
		assertThat(nodes).isNotEmpty()
			.allSatisfy((n) -> assertThat(n).extracting("city").extracting("city").isEqualTo("洛阳"));

		nodes = nodes(search(Map.of("text", text, "types", List.of("CAPABILITY")), 100, null));
		assertThat(nodes).isNotEmpty().allSatisfy((n) -> assertThat(n.get("__typename")).isEqualTo("Capability"));

		nodes = nodes(search(Map.of("text", text, "priceMax", 50), 100, null));
		assertThat(nodes).isNotEmpty().allSatisfy((n) -> {
			assertThat(n).extracting("price").extracting("negotiable").isEqualTo(false);
			assertThat((Double) ((Map<?, ?>) n.get("price")).get("minWan")).isLessThanOrEqualTo(50.0);
		});

		nodes = nodes(search(Map.of("text", text, "negotiableOnly", true), 100, null));
		assertThat(nodes).isNotEmpty()
			.allSatisfy((n) -> assertThat(n).extracting("price").extracting("negotiable").isEqualTo(true));

		for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("chains", List.of("NEV_BATTERY")),
				Map.of("maturityAtLeast", "PILOT_PROVEN"), Map.of("transferModes", List.of("EQUITY")),
				Map.of("cities", List.of("洛阳")), Map.of("types", List.of("CAPABILITY")), Map.of("priceMax", 50),
				Map.of("negotiableOnly", true), Map.of("ipTypes", List.of("UTILITY_MODEL")),
				Map.of("institutionTypes", List.of("ENTERPRISE")), Map.of("clusters", List.of("MODERN_FOOD")),
				Map.of("technicalFields", List.of("新材料")), Map.of("publishedAfter", "2024-05-01"))) {
			Map<String, Object> input = new HashMap<>(filter);
			input.put("text", text);
			assertThat(total(input)).as("total with %s", filter).isPositive().isLessThan(all);
		}
	}

	@Test
	@DisplayName("published dates filter on both bounds, inclusive")
	void dateFilters() {
		var response = this.graphQlTester
			.document(
					"""
							{ search(input: {publishedAfter: "2024-03-01", publishedBefore: "2024-03-31", sort: NEWEST}, first: 100) {
							    totalCount edges { node { publishedDate } } } }""")
			.execute();
		assertThat(response.path("search.edges[*].node.publishedDate").entityList(String.class).get()).isNotEmpty()
			.allSatisfy((d) -> assertThat(LocalDate.parse(d)).isBetween(LocalDate.of(2024, 3, 1),
					LocalDate.of(2024, 3, 31)));
	}

	@Test
	@DisplayName("every facet value's count equals totalCount once that value is applied (other filters kept)")
	@SuppressWarnings("unchecked")
	void facetCountEqualsTotalWhenApplied() {
		Map<String, Object> base = Map.of("text", "电池", "maturityAtLeast", "SAMPLE", "cities", List.of("郑州"));
		List<Map<String, Object>> facets = (List<Map<String, Object>>) (List<?>) search(base, 5, null)
			.path("search.facets")
			.entityList(Map.class)
			.get();
		assertThat(facets).extracting((f) -> f.get("dimension")).contains("CHAIN", "MATURITY", "CITY", "TRANSFER_MODE");
		int checked = 0;
		for (Map<String, Object> facet : facets) {
			for (Map<String, Object> value : ((List<Map<String, Object>>) facet.get("values")).subList(0,
					Math.min(2, ((List<?>) facet.get("values")).size()))) {
				Map<String, Object> input = new HashMap<>(base);
				((Map<String, Object>) value.get("input")).forEach((field, v) -> {
					if (v != null) {
						input.put(field, v);
					}
				});
				assertThat(total(input)).as("%s = %s", facet.get("dimension"), value.get("value"))
					.isEqualTo(((Number) value.get("count")).longValue());
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	@DisplayName("facet values carry Chinese labels from the taxonomy and the enums")
	@SuppressWarnings("unchecked")
	void facetLabels() {
		var response = search(Map.of("text", "动力电池回收"), 1, null);
		List<Map<String, Object>> chains = (List<Map<String, Object>>) (List<?>) response
			.path("search.facets[?(@.dimension == 'CHAIN')].values[*]")
			.entityList(Map.class)
			.get();
		assertThat(chains)
			.anySatisfy((v) -> assertThat(v).containsEntry("value", "NEV_BATTERY").containsEntry("label", "动力电池"));
		assertThat(response.path("search.facets[?(@.dimension == 'MATURITY')].values[*].label")
			.entityList(String.class)
			.get()).isSubsetOf("正在研发", "已有样品", "通过小试", "通过中试", "可以量产");
	}

	@ParameterizedTest(name = "sort {0}")
	@ValueSource(strings = { "RELEVANCE", "NEWEST", "PRICE_ASC" })
	@DisplayName("paging through 500 results with cursors yields 500 distinct ids")
	void pagingYieldsDistinctIds(String sort) {
		Map<String, Object> input = Map.of("text", "技术", "sort", sort);
		Set<String> ids = new LinkedHashSet<>();
		String after = null;
		for (int page = 0; page < 5; page++) {
			var response = this.graphQlTester.documentName("searchIds")
				.variable("input", input)
				.variable("first", 100)
				.variable("after", after)
				.execute();
			List<String> pageIds = response.path("search.edges[*].node.id").entityList(String.class).get();
			assertThat(pageIds).hasSize(100);
			ids.addAll(pageIds);
			assertThat(response.path("search.pageInfo.hasNextPage").entity(Boolean.class).get()).isTrue();
			after = response.path("search.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(ids).hasSize(500);
	}

	@ParameterizedTest
	@ValueSource(strings = { "C++", "（", "a AND", "\"", "电池\" OR (", "title:电池 AND NOT", "*?~^", "\\", "<script>" })
	@DisplayName("hostile text gives results or an empty list, never an error")
	void hostileTextIsSafe(String text) {
		var response = this.graphQlTester.documentName("searchIds")
			.variable("input", Map.of("text", text))
			.variable("first", 5)
			.execute();
		response.errors().verify();
		assertThat(response.path("search.totalCount").entity(Long.class).get()).isNotNegative();
	}

	@Test
	@DisplayName("2,000 characters of synonym-rich text give results, not an error")
	void longTextIsSafe() {
		String text = "新能源汽车动力电池梯次利用与回收，提升锂离子电池材料的再生效率，降低成本，希望合作开发自动化拆解设备与湿法冶金工艺。".repeat(40);
		assertThat(text.length()).isGreaterThanOrEqualTo(2000);
		var response = this.graphQlTester.documentName("searchIds")
			.variable("input", Map.of("text", text))
			.variable("first", 5)
			.execute();
		response.errors().verify();
		assertThat(response.path("search.totalCount").entity(Long.class).get()).isPositive();
	}

	@Test
	@DisplayName("first = 1000 is BAD_USER_INPUT")
	void firstTooLarge() {
		this.graphQlTester.document("{ search(input: {text: \"电池\"}, first: 1000) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "eyJ4IjoxfQ" })
	@DisplayName("a cursor that is not ours is BAD_USER_INPUT")
	void badCursor(String cursor) {
		this.graphQlTester.documentName("searchIds")
			.variable("input", Map.of("text", "电池"))
			.variable("first", 5)
			.variable("after", cursor)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	@DisplayName("a cursor whose point in time has expired is BAD_USER_INPUT saying so, not INTERNAL")
	void expiredCursor() throws Exception {
		String pit = this.client
			.openPointInTime(
					(o) -> o.index("techmatch-achievements", "techmatch-capabilities").keepAlive((k) -> k.time("1m")))
			.id();
		this.client.closePointInTime((c) -> c.id(pit));
		String expired = new SearchCursor(
				List.of(co.elastic.clients.elasticsearch._types.FieldValue.of(1.5),
						co.elastic.clients.elasticsearch._types.FieldValue.of("ach-demo-00001")),
				pit, "search/RELEVANCE/text")
			.encode();
		this.graphQlTester.documentName("searchIds")
			.variable("input", Map.of("text", "电池"))
			.variable("first", 5)
			.variable("after", expired)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((e) -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(e.getMessage()).contains("expired");
			}));
	}

	@Test
	@DisplayName("a first page whose shared snapshot is gone (closed, expired) answers on a fresh one")
	void firstPageOnLostSnapshot() throws Exception {
		String shared = this.searchService.currentPointInTime();
		this.client.closePointInTime((c) -> c.id(shared));
		this.graphQlTester.documentName("searchIds")
			.variable("input", Map.of("text", "电池"))
			.variable("first", 5)
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(5);
		assertThat(this.searchService.currentPointInTime()).as("a new snapshot").isNotEqualTo(shared);
	}

	@Test
	@DisplayName("suggest completes 动力电 with the chain 动力电池 first, then keywords and titles starting with 动力电")
	void suggestCompletesChinesePrefixes() {
		var response = this.graphQlTester.documentName("suggest")
			.variable("prefix", "动力电")
			.variable("first", 10)
			.execute();
		response.path("suggest[0]").matchesJson("{\"text\": \"动力电池\", \"kind\": \"CHAIN\", \"id\": \"NEV_BATTERY\"}");
		List<String> texts = response.path("suggest[*].text").entityList(String.class).get();
		assertThat(texts).hasSizeBetween(2, 10)
			.doesNotHaveDuplicates()
			.allSatisfy((t) -> assertThat(t).startsWith("动力电"));
		assertThat(response.path("suggest[*].kind").entityList(String.class).get()).contains("KEYWORD", "TITLE");
	}

	@Test
	@DisplayName("suggest finds a chain by alias (锂离 → 锂离子电池 → NEV_BATTERY) and returns nothing for a blank prefix")
	void suggestChainAliasAndBlank() {
		this.graphQlTester.documentName("suggest")
			.variable("prefix", "锂离")
			.execute()
			.path("suggest[?(@.kind == 'CHAIN')].id")
			.entityList(String.class)
			.contains("NEV_BATTERY");
		this.graphQlTester.documentName("suggest")
			.variable("prefix", "  ")
			.execute()
			.path("suggest")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQlTester.documentName("suggest").variable("prefix", "(\"*").execute().errors().verify();
	}

	@Test
	@DisplayName("similar returns items of the same topic, never the item itself")
	void similarExcludesItself() {
		String id = "ach-demo-03494";
		var corpus = new DemoCorpusGenerator().corpus();
		String topic = corpus.topicOf(id).orElseThrow().key();
		var response = this.graphQlTester.documentName("similar").variable("id", id).variable("first", 10).execute();
		List<String> ids = response.path("similar.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).hasSize(10).doesNotContain(id);
		long sameTopic = ids.stream()
			.filter((other) -> other.startsWith("ach-")
					&& corpus.topicOf(other).map((t) -> t.key().equals(topic)).orElse(false))
			.count();
		assertThat(sameTopic).isGreaterThanOrEqualTo(7);
	}

	@Test
	@DisplayName("similar of an unknown id is NOT_FOUND")
	void similarUnknownId() {
		this.graphQlTester.documentName("similar")
			.variable("id", "ach-demo-99999")
			.variable("first", 5)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	@Test
	@DisplayName("node(id:) resolves a search hit's id to the same item")
	void nodeResolvesSearchHits() {
		String id = search(Map.of("text", "电池"), 1, null).path("search.edges[0].node.id").entity(String.class).get();
		this.graphQlTester.document("{ node(id: \"" + id + "\") { id ... on SupplyItem { title } } }")
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	@DisplayName("long text fields come back when selected inside type fragments, and are not fetched when not")
	void longFieldsOnlyWhenSelected() {
		String id = "ach-demo-03494";
		Achievement achievement = this.catalog.achievement(id).orElseThrow();
		String withDescription = "{ search(input: {text: \"" + achievement.title() + "\"}, first: 1) "
				+ "{ edges { node { id ... on Achievement { description } } } } }";
		this.graphQlTester.document(withDescription)
			.execute()
			.path("search.edges[0].node.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("search.edges[0].node.description")
			.entity(String.class)
			.isEqualTo(achievement.description());
		this.graphQlTester
			.document("{ search(input: {types: [CAPABILITY]}, first: 3) "
					+ "{ edges { node { ... on Capability { representativeResults equipment } } } } }")
			.execute()
			.path("search.edges[*].node.representativeResults")
			.entityList(List.class)
			.satisfies((lists) -> assertThat(lists).anySatisfy((list) -> assertThat(list).isNotEmpty()))
			.path("search.edges[*].node.equipment")
			.entityList(List.class)
			.satisfies((lists) -> assertThat(lists).anySatisfy((list) -> assertThat(list).isNotEmpty()));
		SearchSelection none = SearchSelection.of((path) -> false);
		assertThat(SearchQueryBuilder.excludedFields(none)).contains("description", "representativeResults",
				"equipment");
		assertThat(SearchQueryBuilder.excludedFields(SearchSelection.ALL)).containsExactly("contact", "vector",
				"embedding");
	}

}
