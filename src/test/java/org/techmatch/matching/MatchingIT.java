package org.techmatch.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching on the real node over the demo corpus and demo demands the application loads
 * on start.
 */
class MatchingIT extends ElasticsearchIntegrationTest {

	private static final String MATCH = """
			query($need: NeedInput!, $first: Int!) { match(need: $need, first: $first) { totalCount edges { node { score
			  reasons { kind label detail weight }
			  item { __typename id title institution { city }
			    ... on Achievement { chain { code } maturity transferModes price { negotiable minWan } }
			    ... on Capability { chains { code } serviceTypes city } } } } } }
			""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> match(Map<String, Object> need, int first) {
		return this.graphQlTester.document(MATCH)
			.variable("need", need)
			.variable("first", first)
			.execute()
			.path("match.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> kinds(Map<String, Object> node) {
		return ((List<Map<String, Object>>) node.get("reasons")).stream().map((r) -> (String) r.get("kind")).toList();
	}

	@SuppressWarnings("unchecked")
	private static double textWeight(Map<String, Object> node) {
		return ((List<Map<String, Object>>) node.get("reasons")).stream()
			.filter((r) -> "TEXT".equals(r.get("kind")))
			.mapToDouble((r) -> ((Number) r.get("weight")).doubleValue())
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> item(Map<String, Object> node) {
		return (Map<String, Object>) node.get("item");
	}

	@SuppressWarnings("unchecked")
	private static String chainOf(Map<String, Object> item) {
		Object chain = item.get("chain");
		if (chain instanceof Map<?, ?> c) {
			return (String) ((Map<String, Object>) c).get("code");
		}
		Object chains = item.get("chains");
		// a capability serving several chains: its first chain, or NM_COPPER when it
		// serves that one
		if (chains instanceof List<?> list && !list.isEmpty()) {
			List<String> codes = ((List<Map<String, Object>>) list).stream()
				.map((m) -> (String) m.get("code"))
				.toList();
			return codes.contains("NM_COPPER") ? "NM_COPPER" : codes.get(0);
		}
		return null;
	}

	@Test
	@DisplayName("the issue's match(need: 动力电池回收 …) answers five matches, each with at least one reason")
	void doneWhenQuery() {
		List<Map<String, Object>> nodes = match(Map.of("title", "动力电池回收", "description", "寻求退役动力电池梯次利用与材料回收技术"), 5);
		assertThat(nodes).hasSize(5);
		assertThat(nodes).allSatisfy((n) -> assertThat(kinds(n)).isNotEmpty().contains("TEXT"));
		assertThat(nodes).allSatisfy((n) -> assertThat(kinds(n)).contains("SAME_CHAIN"));
	}

	@Test
	@DisplayName("a stated chain and maturity re-order text matches by a share of their text relevance; required, the chain filters")
	void chainAndMaturityReorderTextMatches() {
		Map<String, Object> plain = Map.of("title", "废料回收再生利用", "description", "厂里边角料和废旧材料很多，想回收再生，提高利用率");
		List<Map<String, Object>> before = match(plain, 100);
		Map<String, Object> withCriteria = new HashMap<>(plain);
		withCriteria.put("chain", "NM_COPPER");
		withCriteria.put("maturityAtLeast", "PILOT_PROVEN");
		List<Map<String, Object>> after = match(withCriteria, 100);
		List<String> beforeIds = before.stream().map((n) -> (String) item(n).get("id")).toList();
		int compared = 0;
		for (Map<String, Object> node : after.subList(0, 20)) {
			double factor = 1;
			for (String kind : kinds(node)) {
				if (!kind.equals("TEXT")) {
					factor += MatchRanking.BONUS.get(MatchReasonKind.valueOf(kind));
				}
			}
			assertThat(((Number) node.get("score")).doubleValue()).as("score of " + item(node).get("id"))
				.isCloseTo(textWeight(node) * factor, org.assertj.core.data.Offset.offset(0.05));
			int index = beforeIds.indexOf((String) item(node).get("id"));
			if (index >= 0) {
				assertThat(textWeight(node)).isEqualTo(textWeight(before.get(index)));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(10);
		Map<String, Object> required = new HashMap<>(withCriteria);
		required.put("require", List.of("SAME_CHAIN"));
		List<Map<String, Object>> copper = match(required, 10);
		assertThat(copper).hasSize(10);
		assertThat(copper).allSatisfy((n) -> {
			assertThat(chainOf(item(n))).isEqualTo("NM_COPPER");
			assertThat(kinds(n)).contains("TEXT", "SAME_CHAIN");
		});
	}

	@Test
	@DisplayName("a need phrased with a synonym (废旧电池回收) finds battery-recycling items and highlights the record's term")
	@SuppressWarnings("unchecked")
	void synonymPhrasedNeed() {
		List<Map<String, Object>> nodes = match(Map.of("title", "废旧电池回收", "description", "收上来的电动车废旧电池怎么处理"), 10);
		assertThat(nodes).hasSize(10);
		assertThat(nodes).allSatisfy((n) -> assertThat((String) item(n).get("title")).containsAnyOf("电池", "锂电"));
		List<String> details = new ArrayList<>();
		nodes.forEach((n) -> ((List<Map<String, Object>>) n.get("reasons"))
			.forEach((r) -> details.add(String.valueOf(r.get("detail")))));
		assertThat(details).anySatisfy((d) -> assertThat(d).contains("动力电池回收"));
	}

	@Test
	@DisplayName("reasons name exactly the clauses that held: city, cooperation mode and budget agree with each item's fields")
	@SuppressWarnings("unchecked")
	void reasonsNameMatchedClauses() {
		List<Map<String, Object>> nodes = match(Map.of("title", "机器视觉质检", "description", "生产线上产品外观缺陷自动检测", "city", "郑州",
				"cooperationModes", List.of("LICENSE"), "budgetMax", 50), 30);
		assertThat(nodes).isNotEmpty();
		for (Map<String, Object> node : nodes) {
			Map<String, Object> item = item(node);
			List<String> kinds = kinds(node);
			String city = "Achievement".equals(item.get("__typename"))
					? (String) ((Map<String, Object>) item.get("institution")).get("city") : (String) item.get("city");
			assertThat(kinds.contains("SAME_CITY")).as("SAME_CITY for " + item.get("id")).isEqualTo("郑州".equals(city));
			if ("Achievement".equals(item.get("__typename"))) {
				boolean license = ((List<String>) item.get("transferModes")).contains("LICENSE");
				assertThat(kinds.contains("MODE_COMPATIBLE")).as("MODE_COMPATIBLE for " + item.get("id"))
					.isEqualTo(license);
				Map<String, Object> price = (Map<String, Object>) item.get("price");
				boolean within = Boolean.TRUE.equals(price.get("negotiable"))
						|| ((Number) price.get("minWan")).doubleValue() <= 50;
				assertThat(kinds.contains("WITHIN_BUDGET")).as("WITHIN_BUDGET for " + item.get("id")).isEqualTo(within);
			}
			else {
				// LICENSE is not a service a lab offers: capabilities never match it
				assertThat(kinds).doesNotContain("MODE_COMPATIBLE");
			}
		}
	}

	@Test
	@DisplayName("a long need full of synonyms (zhibei zb-d-00205, repeated to 3,900 characters) still answers, within the clause limit")
	void longNeedAnswers() {
		String sentence = "目前国内纱线恒定张力供给装置的微型张力传感器的精度为0.4g左右，导致恒定张力供给装置传感器的响应较慢、可靠性稳定性不高。";
		String description = sentence.repeat(3900 / sentence.length());
		List<Map<String, Object>> nodes = match(Map.of("title", "一种新型高精度微型张力传感器", "description", description), 5);
		assertThat(nodes).hasSize(5);
	}

	@Test
	@DisplayName("matchDemand pages with opaque cursors: the second page continues the first without overlap")
	void matchDemandPages() {
		var first = this.graphQlTester.documentName("matchDemand")
			.variable("id", "dem-demo-0001")
			.variable("first", 5)
			.execute();
		List<String> page1 = first.path("matchDemand.edges[*].node.item.id").entityList(String.class).get();
		String end = first.path("matchDemand.pageInfo.endCursor").entity(String.class).get();
		first.path("matchDemand.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		var second = this.graphQlTester.documentName("matchDemand")
			.variable("id", "dem-demo-0001")
			.variable("first", 5)
			.variable("after", end)
			.execute();
		List<String> page2 = second.path("matchDemand.edges[*].node.item.id").entityList(String.class).get();
		assertThat(page1).hasSize(5);
		assertThat(page2).hasSize(5).doesNotContainAnyElementsOf(page1);
		second.path("matchDemand.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	@DisplayName("demandsFor an achievement lists open demands of its chain first, with reasons")
	@SuppressWarnings("unchecked")
	void demandsForAnAchievement() {
		var response = this.graphQlTester.documentName("demandsFor")
			.variable("supplyId", "ach-demo-00001")
			.variable("first", 5)
			.execute();
		List<Map<String, Object>> nodes = response.path("demandsFor.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(nodes).isNotEmpty();
		assertThat(nodes).allSatisfy((n) -> {
			Map<String, Object> demand = (Map<String, Object>) n.get("demand");
			assertThat(List.of("OPEN", "MATCHING")).contains((String) demand.get("status"));
			assertThat(kinds(n)).isNotEmpty();
		});
	}

	@Test
	@DisplayName("unknown ids are NOT_FOUND; an unknown chain in a need is BAD_USER_INPUT")
	void errors() {
		this.graphQlTester.documentName("matchDemand")
			.variable("id", "dem-nope")
			.variable("first", 5)
			.execute()
			.errors()
			.satisfy((e) -> assertThat(e).singleElement()
				.satisfies((x) -> assertThat(x.getExtensions()).containsEntry("code", "NOT_FOUND")));
		this.graphQlTester.documentName("demandsFor")
			.variable("supplyId", "ach-demo-99999")
			.variable("first", 5)
			.execute()
			.errors()
			.satisfy((e) -> assertThat(e).singleElement()
				.satisfies((x) -> assertThat(x.getExtensions()).containsEntry("code", "NOT_FOUND")));
		this.graphQlTester.document(MATCH)
			.variable("need", Map.of("title", "x", "description", "y", "chain", "火星产业链"))
			.variable("first", 5)
			.execute()
			.errors()
			.satisfy((e) -> assertThat(e).singleElement()
				.satisfies((x) -> assertThat(x.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

}
