package org.techmatch.elastic;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's analysis plugin, installed in the real test node, and the shared analysis
 * settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseAnalysisIT extends ElasticsearchIntegrationTest {

	private static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-analysis",
			"elastic/indices/achievements.json");

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private Rest5Client restClient;

	@Autowired
	private JsonMapper json;

	@Autowired
	private IndexAdmin indexAdmin;

	private String index;

	@BeforeAll
	void createIndexWithOneDocument() throws IOException {
		this.index = this.indexAdmin.createGeneration(INDEX);
		this.client.index((r) -> r.index(this.index)
			.id("a1")
			.document(Map.of("id", "a1", "title", "新能源汽车动力电池回收利用技术", "description", "采用锂离子电池正极材料修复再生工艺")));
		this.indexAdmin.publish(INDEX, this.index, 1);
		this.client.indices().refresh((r) -> r.index(this.index));
	}

	@AfterAll
	void deleteIndex() {
		this.indexAdmin.discard(this.index);
	}

	@ParameterizedTest(name = "smartcn: {0} -> {1}")
	@DisplayName("the plugin's smartcn analyzer cuts domain phrases into words, not single characters")
	@CsvSource(delimiter = '|', textBlock = """
			新能源汽车动力电池回收利用技术 | 新 能源 汽车 动力 电池 回收 利用 技术
			锂离子电池正极材料             | 锂 离子 电池 正极 材料
			人造金刚石单晶生长             | 人造 金刚石 单晶 生长
			尼龙66切片聚合工艺             | 尼龙 66 切片 聚合 工艺
			智能传感器封装测试             | 智能 传感器 封装 测试
			中药配方颗粒提取               | 中药 配方 颗粒 提取
			速冻水饺生产线                 | 速冻 水饺 生产线
			工业机器人视觉定位             | 工业 机器人 视觉 定位
			退役动力电池梯次利用           | 退役 动力 电池 梯次 利用
			高导热氮化铝陶瓷基板           | 高 导热 氮化 铝 陶瓷 基 板
			""")
	void smartcnSegmentsDomainPhrases(String text, String expected) throws IOException {
		assertThat(tokens("smartcn", text)).containsExactly(expected.split(" "));
	}

	@Test
	@DisplayName("zh_index drops function words; zh_bigram emits character bigrams; zh_prefix emits edge n-grams")
	void sharedAnalyzers() throws IOException {
		assertThat(tokens("zh_index", "一种用于盾构机的主轴承")).doesNotContain("的", "用于").contains("轴承");
		assertThat(tokens("zh_bigram", "盾构机主轴承")).containsExactly("盾构", "构机", "机主", "主轴", "轴承");
		assertThat(tokens("zh_prefix", "动力电池")).containsExactly("动", "动力", "动力电", "动力电池");
	}

	@Test
	@DisplayName("zh_search expands synonyms at search time: 锂电 (锂 | 电) also searches 锂离子电池 (锂 | 离子 | 电池)")
	void searchAnalyzerExpandsSynonyms() throws IOException {
		assertThat(tokens("zh_index", "锂电")).containsExactly("锂", "电");
		assertThat(tokens("zh_search", "锂电")).contains("锂", "电", "离子", "电池");
	}

	@Test
	@DisplayName("a query for 电动汽车 finds and highlights the document that says 新能源汽车")
	void synonymFindsAndHighlights() throws IOException {
		SearchResponse<Map> response = this.client.search((s) -> s.index(INDEX.alias())
			.query((q) -> q.match((m) -> m.field("title").query("电动汽车")))
			.highlight((h) -> h.fields(co.elastic.clients.util.NamedValue.of("title",
					co.elastic.clients.elasticsearch.core.search.HighlightField.of((f) -> f)))),
				Map.class);
		assertThat(response.hits().hits()).hasSize(1);
		assertThat(response.hits().hits().get(0).highlight().get("title")).singleElement()
			.asString()
			.contains("<em>新能源汽车</em>");
	}

	@Test
	@DisplayName("the installed analysis plugin's version equals the node's version")
	void pluginVersionEqualsNodeVersion() throws IOException {
		Request plugins = new Request("GET", "/_cat/plugins");
		plugins.addParameter("format", "json");
		JsonNode installed = read(plugins);
		Request nodes = new Request("GET", "/_nodes/_local");
		nodes.addParameter("filter_path", "nodes.*.version");
		String nodeVersion = read(nodes).path("nodes").values().iterator().next().path("version").asString();

		assertThat(installed.values()).anySatisfy((plugin) -> {
			assertThat(plugin.path("component").asString()).isEqualTo("techmatch-analysis");
			assertThat(plugin.path("version").asString()).isEqualTo(nodeVersion);
		});
	}

	private List<String> tokens(String analyzer, String text) throws IOException {
		return this.client.indices()
			.analyze((a) -> a.index(this.index).analyzer(analyzer).text(text))
			.tokens()
			.stream()
			.map(AnalyzeToken::token)
			.toList();
	}

	private JsonNode read(Request request) throws IOException {
		return this.json.readTree(this.restClient.performRequest(request).getEntity().getContent());
	}

}
