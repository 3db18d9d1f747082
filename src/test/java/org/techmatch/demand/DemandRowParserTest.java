package org.techmatch.demand;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.TransferMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DemandRowParserTest {

	private static final Path ZHIBEI = Path.of("..", "shared", "datasets", "zhibei", "demands.ndjson");

	private final DemandRowParser parser = new DemandRowParser(LocalDate.of(2026, 11, 28));

	@Test
	@DisplayName("every one of the 1,729 zhibei demands is accepted or rejected with row, field and reason")
	void parsesAllZhibeiDemands() throws Exception {
		assumeTrue(Files.exists(ZHIBEI), "zhibei corpus not present");
		List<DemandRowParser.Result> results = new ArrayList<>();
		int row = 0;
		try (BufferedReader reader = Files.newBufferedReader(ZHIBEI, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				row++;
				Map<String, String> cells = new LinkedHashMap<>();
				JsonMapper.builder().build().readTree(line).properties().forEach((e) -> cells.put(e.getKey(), e.getValue().asString()));
				results.add(this.parser.parse(cells, row));
			}
		}
		assertThat(results).hasSize(1729);
		List<DemandRowParser.Result> rejected = results.stream().filter((r) -> !r.accepted()).toList();
		assertThat(results).allSatisfy((r) -> assertThat(r.accepted()).isEqualTo(r.rejections().isEmpty()));
		assertThat(rejected).allSatisfy((r) -> assertThat(r.rejections()).allSatisfy((p) -> {
			assertThat(p.row()).isEqualTo(r.row());
			assertThat(p.field()).isNotBlank();
			assertThat(p.reason()).isNotBlank();
		}));
		assertThat(results.size() - rejected.size()).as("accepted").isGreaterThan(1700);
		assertThat(results.stream().filter(DemandRowParser.Result::accepted))
			.allSatisfy((r) -> assertThat(r.demand().id()).startsWith("dem-zb-d-"));
	}

	@Test
	@DisplayName("a zhibei row maps name, context, modes, the end of the validity window and the source")
	void mapsOneRow() {
		Map<String, String> cells = Map.of("id", "zb-d-00001", "name", "LED手电筒红外开关改进", "postTime", "2020-01-13",
				"classification", "制造业", "cooperationMethod", "技术转让,技术许可,委托开发", "time",
				"2020-01-1310:49:39.0至2021-01-1310:49:41.0", "context", "现有产品中手电筒的开关是机械式，非常容易损坏。");
		DemandRowParser.Result result = this.parser.parse(cells, 1);
		assertThat(result.accepted()).isTrue();
		Demand demand = result.demand();
		assertThat(demand.id()).isEqualTo("dem-zb-d-00001");
		assertThat(demand.title()).isEqualTo("LED手电筒红外开关改进");
		assertThat(demand.cooperationModes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENSE,
				TransferMode.COMMISSIONED_DEVELOPMENT);
		assertThat(demand.deadline()).isEqualTo(LocalDate.of(2021, 1, 13));
		assertThat(demand.status()).isEqualTo(DemandStatus.CLOSED);
		assertThat(demand.technicalField().domain()).isEqualTo("制造业");
		assertThat(demand.sourceId()).isEqualTo("zb-d-00001");
		assertThat(demand.ownerOrganization()).isNotBlank();
	}

	@Test
	@DisplayName("a row without description, with a broken window and an unknown mode is rejected once per field")
	void rejectsPerField() {
		Map<String, String> cells = Map.of("id", "zb-d-09999", "name", "某需求", "postTime", "2020-01-13",
				"cooperationMethod", "以物易物", "time", "长期有效", "context", " ");
		DemandRowParser.Result result = this.parser.parse(cells, 7);
		assertThat(result.accepted()).isFalse();
		assertThat(result.rejections()).extracting(DemandRowParser.Rejection::field)
			.containsExactlyInAnyOrder("context", "time", "cooperationMethod");
		assertThat(result.rejections()).allSatisfy((r) -> assertThat(r.row()).isEqualTo(7));
	}

}
