package org.techmatch.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandStatus;
import org.techmatch.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

class DemandRowParserTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private final IndustrialChainTaxonomy taxonomy = new IndustrialChainTaxonomy();

	private final DemandRowParser parser = new DemandRowParser(new ImportDefaults("zhibei-2020", null), this.taxonomy,
			TODAY);

	@Test
	@DisplayName("every one of the 1,729 zhibei demands read through the importer is accepted or rejected with row, field and reason")
	void readsAllZhibeiDemands() {
		Path zhibei = SharedData.zhibei("demands.ndjson");
		List<RowOutcome<Demand>> outcomes = new ArrayList<>();
		try (ImportRows<Demand> rows = new CatalogImports(ColumnMapping.load(), this.taxonomy).demands(zhibei,
				ImportFormat.NDJSON, new ImportDefaults("zhibei-2020", null), TODAY)) {
			rows.forEachRemaining(outcomes::add);
			assertThat(rows.warnings()).as("every zhibei column is mapped").isEmpty();
		}
		assertThat(outcomes).hasSize(1729);
		List<RowOutcome.Rejected<Demand>> rejected = outcomes.stream()
			.filter(RowOutcome.Rejected.class::isInstance)
			.map((o) -> (RowOutcome.Rejected<Demand>) o)
			.toList();
		assertThat(rejected).allSatisfy((r) -> assertThat(r.problems()).allSatisfy((p) -> {
			assertThat(p.rowNumber()).isEqualTo(r.rowNumber());
			assertThat(p.field()).isNotBlank();
			assertThat(p.reason()).isNotBlank();
		}));
		assertThat(outcomes.size() - rejected.size()).as("accepted").isGreaterThan(1700);
		assertThat(outcomes).filteredOn(RowOutcome.Accepted.class::isInstance)
			.allSatisfy((o) -> assertThat(((RowOutcome.Accepted<Demand>) o).record().id()).startsWith("dem-zb-d-"));
	}

	@Test
	@DisplayName("a small zhibei-shaped fixture: every column mapped, good rows accepted, bad ones rejected with their field")
	void readsZhibeiShapedFixture() throws Exception {
		Path fixture = Path.of(getClass().getResource("/importing/zhibei-shaped-demands.ndjson").toURI());
		List<RowOutcome<Demand>> outcomes = new ArrayList<>();
		try (ImportRows<Demand> rows = new CatalogImports(ColumnMapping.load(), this.taxonomy).demands(fixture,
				ImportFormat.NDJSON, new ImportDefaults("fixture", null), TODAY)) {
			rows.forEachRemaining(outcomes::add);
			assertThat(rows.warnings()).as("every zhibei column is mapped").isEmpty();
		}
		assertThat(outcomes).extracting(RowOutcome::rowNumber).containsExactly(1, 2, 3, 4);
		Demand closed = ((RowOutcome.Accepted<Demand>) outcomes.get(0)).record();
		assertThat(closed.id()).isEqualTo("dem-fx-d-001");
		assertThat(closed.status()).isEqualTo(DemandStatus.CLOSED);
		assertThat(closed.cooperationModes()).containsExactly(TransferMode.TRANSFER,
				TransferMode.COMMISSIONED_DEVELOPMENT);
		Demand open = ((RowOutcome.Accepted<Demand>) outcomes.get(1)).record();
		assertThat(open.status()).isEqualTo(DemandStatus.OPEN);
		assertThat(open.deadline()).isEqualTo(LocalDate.of(2030, 1, 1));
		assertThat(((RowOutcome.Rejected<Demand>) outcomes.get(2)).problems()).extracting(RowProblem::field)
			.containsExactly("description");
		assertThat(((RowOutcome.Rejected<Demand>) outcomes.get(3)).problems()).extracting(RowProblem::field)
			.containsExactly("cooperationModes");
	}

	@Test
	@DisplayName("a zhibei row maps name, context, modes, the end of the validity window and the source")
	void mapsOneRow() {
		RowOutcome<Demand> outcome = this.parser.parse(new ImportRow(1,
				Map.of("sourceId", "zb-d-00001", "title", "LED手电筒红外开关改进", "publishedDate", "2020-01-13",
						"technicalField", "制造业", "cooperationModes", "技术转让,技术许可,委托开发", "validity",
						"2020-01-1310:49:39.0至2021-01-1310:49:41.0", "description", "现有产品中手电筒的开关是机械式，非常容易损坏。")));
		assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
		Demand demand = ((RowOutcome.Accepted<Demand>) outcome).record();
		assertThat(demand.id()).isEqualTo("dem-zb-d-00001");
		assertThat(demand.title()).isEqualTo("LED手电筒红外开关改进");
		assertThat(demand.cooperationModes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENSE,
				TransferMode.COMMISSIONED_DEVELOPMENT);
		assertThat(demand.deadline()).isEqualTo(LocalDate.of(2021, 1, 13));
		assertThat(demand.status()).isEqualTo(DemandStatus.CLOSED);
		assertThat(demand.technicalField().domain()).isEqualTo("制造业");
		assertThat(demand.sourceId()).isEqualTo("zb-d-00001");
		assertThat(demand.sourceBatch()).isEqualTo("zhibei-2020");
		assertThat(demand.ownerOrganization()).isEqualTo("未署名企业（zhibei-2020）");
	}

	@Test
	@DisplayName("a CSV with Chinese headers maps chain, wanted maturity, city and owner")
	void readsChineseHeaders(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("需求.csv");
		Files.writeString(csv, "需求编号,需求名称,需求描述,产业链,期望成熟度,所在城市,需求单位,截止日期\n"
				+ "D-1,退役电池梯次利用,寻求退役动力电池梯次利用与材料回收技术,动力电池,通过中试,郑州市,某新能源公司,2027-06-30\n", StandardCharsets.UTF_8);
		try (ImportRows<Demand> rows = new CatalogImports(ColumnMapping.load(), this.taxonomy).demands(csv, null,
				new ImportDefaults("2026h2", null), TODAY)) {
			RowOutcome<Demand> outcome = rows.next();
			assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
			Demand demand = ((RowOutcome.Accepted<Demand>) outcome).record();
			assertThat(demand.chain()).isEqualTo("NEV_BATTERY");
			assertThat(demand.maturityAtLeast()).isEqualTo(Maturity.PILOT_PROVEN);
			assertThat(demand.city()).isEqualTo("郑州");
			assertThat(demand.ownerOrganization()).isEqualTo("某新能源公司");
			assertThat(demand.status()).isEqualTo(DemandStatus.OPEN);
		}
	}

	@Test
	@DisplayName("a row without description, with a broken window, an unknown mode and chain is rejected once per field")
	void rejectsPerField() {
		RowOutcome<Demand> outcome = this.parser.parse(new ImportRow(7, Map.of("sourceId", "zb-d-09999", "title", "某需求",
				"publishedDate", "2020-01-13", "cooperationModes", "以物易物", "validity", "长期有效", "chain", "永动机")));
		assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
		List<RowProblem> problems = ((RowOutcome.Rejected<Demand>) outcome).problems();
		assertThat(problems).extracting(RowProblem::field)
			.containsExactlyInAnyOrder("description", "validity", "cooperationModes", "chain");
		assertThat(problems).allSatisfy((p) -> assertThat(p.rowNumber()).isEqualTo(7));
	}

}
