package org.techmatch.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the real zhibei corpus (not in the repository) through the same reader, mapping
 * and parser.
 */
class ZhibeiAchievementsImportTests {

	@Test
	@DisplayName("a small zhibei-shaped fixture: every column mapped, good rows accepted, bad ones rejected with their field")
	void zhibeiShapedFixture() throws Exception {
		Path fixture = Path.of(getClass().getResource("/importing/zhibei-shaped-achievements.ndjson").toURI());
		CatalogImports imports = new CatalogImports(ColumnMapping.load(), new IndustrialChainTaxonomy());
		java.util.List<RowOutcome<Achievement>> outcomes = new java.util.ArrayList<>();
		try (ImportRows<Achievement> rows = imports.achievements(fixture, null, new ImportDefaults("fixture", null))) {
			rows.forEachRemaining(outcomes::add);
			assertThat(rows.warnings()).isEmpty();
		}
		assertThat(outcomes).hasSize(5);
		assertThat(outcomes).filteredOn(RowOutcome.Accepted.class::isInstance)
			.extracting((o) -> ((RowOutcome.Accepted<Achievement>) o).id())
			.containsExactly("ach-fixture-fx-a-001", "ach-fixture-fx-a-002", "ach-fixture-fx-a-005");
		assertThat(outcomes).filteredOn(RowOutcome.Rejected.class::isInstance)
			.flatExtracting((o) -> ((RowOutcome.Rejected<Achievement>) o).problems())
			.extracting(RowProblem::rowNumber, RowProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "maturity"),
					org.assertj.core.groups.Tuple.tuple(4, "title"));
	}

	@Test
	@DisplayName("all 2,810 zhibei achievements end accepted or rejected with row, field and reason")
	void everyRecordAccountedFor() {
		Path file = SharedData.zhibei("achievements.ndjson");
		CatalogImports imports = new CatalogImports(ColumnMapping.load(), new IndustrialChainTaxonomy());
		int accepted = 0;
		int withChain = 0;
		Map<String, Integer> reasons = new TreeMap<>();
		java.util.List<RowProblem> problems = new java.util.ArrayList<>();
		try (ImportRows<Achievement> rows = imports.achievements(file, null, new ImportDefaults("zhibei-2020", null))) {
			while (rows.hasNext()) {
				RowOutcome<Achievement> outcome = rows.next();
				if (outcome instanceof RowOutcome.Accepted<Achievement> a) {
					accepted++;
					withChain += (a.record().chain() != null) ? 1 : 0;
					assertThat(a.id()).startsWith("ach-zhibei-2020-zb-a-");
				}
				else {
					problems.addAll(((RowOutcome.Rejected<Achievement>) outcome).problems());
				}
			}
			assertThat(rows.warnings()).isEmpty();
		}
		int rejected = (int) problems.stream().map(RowProblem::rowNumber).distinct().count();
		assertThat(accepted + rejected).isEqualTo(2810);
		assertThat(problems).allSatisfy(p -> {
			assertThat(p.rowNumber()).isPositive();
			assertThat(p.field()).isNotBlank();
			assertThat(p.reason()).isNotBlank();
		});
		Map<String, Long> top = problems.stream()
			.collect(Collectors.groupingBy(p -> p.field() + ": " + p.reason(), Collectors.counting()));
		System.out.printf("zhibei achievements: accepted=%d (with chain %d) rejected=%d%n", accepted, withChain,
				rejected);
		top.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(10)
			.forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
		assertThat(accepted).isGreaterThan(2700);
	}

}
