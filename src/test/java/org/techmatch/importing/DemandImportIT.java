package org.techmatch.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.TestTokens;
import org.techmatch.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zhibei demands through the catalogue's importer, on a demands index of the test's
 * own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandImportIT extends ElasticsearchIntegrationTest {

	private static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-import-demands",
			"elastic/indices/demands.json");

	private static final IndexDefinition FIXTURE_INDEX = new IndexDefinition("techmatch-it-import-demand-fixture",
			"elastic/indices/demands.json");

	@Autowired
	private BatchImporter importer;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@AfterAll
	void deleteIndex() {
		for (IndexDefinition index : java.util.List.of(INDEX, FIXTURE_INDEX)) {
			this.indexAdmin.currentGeneration(index).ifPresent(this.indexAdmin::discard);
			this.indexAdmin.removeAbandonedGenerations(index);
		}
	}

	@Test
	@DisplayName("zhibei demands imported twice: every row created or rejected with row and field, then all unchanged")
	void zhibeiDemandsTwice() {
		Path zhibei = SharedData.zhibei("demands.ndjson");
		ImportReport first = this.importer.importInto(INDEX, ImportKind.DEMAND, zhibei, null,
				new ImportDefaults("zhibei-2020", null), (n) -> {
				});
		assertThat(first.rows()).isEqualTo(1729);
		assertThat(first.created() + first.rejected()).isEqualTo(1729);
		assertThat(first.created()).isGreaterThan(1700);
		assertThat(first.problems()).allSatisfy((p) -> {
			assertThat(p.rowNumber()).isPositive();
			assertThat(p.field()).isNotBlank();
		});
		assertThat(this.indexAdmin.count(INDEX.alias())).isEqualTo(first.created());

		ImportReport second = this.importer.importInto(INDEX, ImportKind.DEMAND, zhibei, null,
				new ImportDefaults("zhibei-2020", null), (n) -> {
				});
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(first.created());
		assertThat(second.generation()).as("nothing changed, no new generation").isNull();
	}

	@Test
	@DisplayName("a small zhibei-shaped fixture of demands imported twice: good rows created, then all unchanged")
	void fixtureTwice() throws Exception {
		Path fixture = Path.of(getClass().getResource("/importing/zhibei-shaped-demands.ndjson").toURI());
		ImportReport first = this.importer.importInto(FIXTURE_INDEX, ImportKind.DEMAND, fixture, null,
				new ImportDefaults("fixture", null), (n) -> {
				});
		assertThat(first.rows()).isEqualTo(4);
		assertThat(first.created()).isEqualTo(2);
		assertThat(first.rejected()).isEqualTo(2);
		assertThat(this.indexAdmin.count(FIXTURE_INDEX.alias())).isEqualTo(2);
		ImportReport second = this.importer.importInto(FIXTURE_INDEX, ImportKind.DEMAND, fixture, null,
				new ImportDefaults("fixture", null), (n) -> {
				});
		assertThat(second.unchanged()).isEqualTo(2);
		assertThat(second.generation()).isNull();
	}

	@Test
	@DisplayName("importSupply kind DEMAND reports rejected rows with row and field and writes nothing")
	void mutationReportsRejectedDemandRows() {
		String csv = "需求编号,需求名称,需求描述,合作方式\nD-1,,某描述,技术转让\nD-2,某需求,某描述,以物易物\n";
		TestTokens.as(this.graphQlTester, tokens().admin())
			.documentName("importSupply")
			.variable("input",
					Map.of("kind", "DEMAND", "fileName", "demands.csv", "sourceBatch", "it-demands", "contentBase64",
							Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))))
			.execute()
			.path("importSupply.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("importSupply.report.kind")
			.entity(String.class)
			.isEqualTo("DEMAND")
			.path("importSupply.report.rejected")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importSupply.report.generation")
			.valueIsNull()
			.path("importSupply.report.problems[0].rowNumber")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importSupply.report.problems[0].field")
			.entity(String.class)
			.isEqualTo("title")
			.path("importSupply.report.problems[1].rowNumber")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("importSupply.report.problems[1].field")
			.entity(String.class)
			.isEqualTo("cooperationModes");
	}

}
