package org.techmatch.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.catalog.CatalogService;
import org.techmatch.elastic.BulkWriteException;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The importer against the real node, each test on its own achievements index (not the
 * platform's alias).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplyImportIT extends ElasticsearchIntegrationTest {

	private static final IndexDefinition ZHIBEI_INDEX = new IndexDefinition("techmatch-it-import-zhibei",
			"elastic/indices/achievements.json");

	private static final IndexDefinition FIXTURE_INDEX = new IndexDefinition("techmatch-it-import-fixture",
			"elastic/indices/achievements.json");

	private static final IndexDefinition CSV_INDEX = new IndexDefinition("techmatch-it-import-csv",
			"elastic/indices/achievements.json");

	private static final IndexDefinition FAILING_INDEX = new IndexDefinition("techmatch-it-import-failing",
			"elastic/indices/achievements.json");

	@Autowired
	private BatchImporter importer;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private IndexGenerations generations;

	@Autowired
	private CatalogService catalogService;

	@Autowired
	private co.elastic.clients.elasticsearch.ElasticsearchClient client;

	@TempDir
	Path folder;

	@AfterAll
	void deleteIndices() {
		for (IndexDefinition index : List.of(ZHIBEI_INDEX, FIXTURE_INDEX, CSV_INDEX, FAILING_INDEX)) {
			this.indexAdmin.currentGeneration(index).ifPresent(this.indexAdmin::discard);
			this.indexAdmin.removeAbandonedGenerations(index);
		}
	}

	@Test
	@DisplayName("zhibei imported twice: every record created or rejected with a reason, then all unchanged")
	void zhibeiTwice() {
		ImportReport first = importZhibei();
		assertThat(first.rows()).isEqualTo(2810);
		assertThat(first.created() + first.rejected()).isEqualTo(2810);
		assertThat(first.updated()).isZero();
		assertThat(first.problems()).allSatisfy((p) -> {
			assertThat(p.field()).isNotBlank();
			assertThat(p.reason()).isNotBlank();
		});
		assertThat(this.indexAdmin.count(ZHIBEI_INDEX.alias())).isEqualTo(first.created());
		assertThat(first.generation()).matches("techmatch-it-import-zhibei-\\d{14}");

		ImportReport second = importZhibei();
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(first.created());
		assertThat(second.generation()).isNull();
		assertThat(this.indexAdmin.currentGeneration(ZHIBEI_INDEX)).hasValue(first.generation());
	}

	@Test
	@DisplayName("a small zhibei-shaped fixture imported twice: good rows created, bad ones rejected, then all unchanged")
	void fixtureTwice() throws Exception {
		Path fixture = Path.of(getClass().getResource("/importing/zhibei-shaped-achievements.ndjson").toURI());
		ImportReport first = this.importer.importInto(FIXTURE_INDEX, ImportKind.ACHIEVEMENT, fixture, null,
				new ImportDefaults("fixture", null), (n) -> {
				});
		assertThat(first.rows()).isEqualTo(5);
		assertThat(first.created()).isEqualTo(3);
		assertThat(first.rejected()).isEqualTo(2);
		assertThat(this.indexAdmin.count(FIXTURE_INDEX.alias())).isEqualTo(3);
		ImportReport second = this.importer.importInto(FIXTURE_INDEX, ImportKind.ACHIEVEMENT, fixture, null,
				new ImportDefaults("fixture", null), (n) -> {
				});
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3);
		assertThat(second.generation()).isNull();
	}

	@Test
	@DisplayName("a CSV with broken rows: each bad row is reported with its field, every good row is indexed")
	void csvWithBrokenRows() throws IOException {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		csv.writeBytes("成果编号,成果名称*,成熟度,转化方式,价格,单位名称,所在城市\n".getBytes(StandardCharsets.UTF_8));
		csv.writeBytes("T-1,一种高导热氮化铝陶瓷基板制备技术,通过中试,转让,面议,郑州大学,郑州\n".getBytes(StandardCharsets.UTF_8));
		csv.writeBytes("T-2,退役动力电池梯次利用评估系统,半成品,许可,50万元,河南理工大学,焦作\n".getBytes(StandardCharsets.UTF_8));
		csv.writeBytes("T-3,,已有样品,合作开发,面议,河南大学,开封\n".getBytes(StandardCharsets.UTF_8));
		csv.writeBytes("T-4,智能传感器".getBytes(StandardCharsets.UTF_8));
		csv.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });
		csv.writeBytes("封装测试,通过小试,转让,面议,郑州轻工业大学,郑州\n".getBytes(StandardCharsets.UTF_8));
		csv.writeBytes("T-5,速冻水饺自动化生产线,可以量产,技术服务,100.0万元-200.0万元,郑州某食品有限公司,郑州\n".getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(this.folder.resolve("batch.csv"), csv.toByteArray());

		ImportReport report = this.importer.importInto(CSV_INDEX, ImportKind.ACHIEVEMENT, file, null,
				new ImportDefaults("it-csv", "河南省"), (n) -> {
				});

		assertThat(report.rows()).isEqualTo(5);
		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).isEqualTo(3);
		assertThat(report.problems()).extracting(RowProblem::rowNumber, RowProblem::field)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "maturity"),
					org.assertj.core.groups.Tuple.tuple(4, "title"), org.assertj.core.groups.Tuple.tuple(5, "row"));
		assertThat(this.indexAdmin.count(CSV_INDEX.alias())).isEqualTo(2);
		assertThat(Files.readString(Path.of(report.reportFile()))).contains("3,maturity", "4,title", "5,row");
	}

	@Test
	@DisplayName("a write that fails mid-way leaves the alias on the last complete generation, and no orphan index")
	void failedWriteKeepsLastCompleteGeneration() throws IOException {
		String first = this.generations.replaceAll(FAILING_INDEX, List.of(Map.of("id", "a-1", "title", "第一版")),
				(doc) -> (String) doc.get("id"));

		assertThatThrownBy(() -> this.generations.apply(FAILING_INDEX,
				List.of(Map.of("id", "a-2", "title", "第二版"),
						Map.of("id", "a-3", "unknownField", "dynamic strict refuses this")),
				(doc) -> (String) doc.get("id"), 2))
			.isInstanceOf(BulkWriteException.class);

		assertThat(this.indexAdmin.currentGeneration(FAILING_INDEX)).hasValue(first);
		assertThat(this.indexAdmin.count(FAILING_INDEX.alias())).isEqualTo(1);
		assertThat(this.client.indices().get((g) -> g.index(FAILING_INDEX.generationPattern())).indices().keySet())
			.as("no orphan index")
			.containsExactly(first);
	}

	private ImportReport importZhibei() {
		return this.importer.importInto(ZHIBEI_INDEX, ImportKind.ACHIEVEMENT, SharedData.zhibei("achievements.ndjson"),
				null, new ImportDefaults("zhibei-2020", null), (n) -> {
				});
	}

}
