package org.techmatch.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the real zhibei corpus (not in the repository) through the same reader, mapping
 * and parser.
 */
class ZhibeiAchievementsImportTests {

	private static final Path FILE = Path.of("..", "shared", "datasets", "zhibei", "achievements.ndjson");

	@Test
	@DisplayName("all 2,810 zhibei achievements end accepted or rejected with row, field and reason")
	void everyRecordAccountedFor() {
		Assumptions.assumeTrue(Files.isRegularFile(FILE), "zhibei corpus not present at " + FILE);
		CatalogImports imports = new CatalogImports(ColumnMapping.load(), new IndustrialChainTaxonomy());
		int accepted = 0;
		int withChain = 0;
		Map<String, Integer> reasons = new TreeMap<>();
		java.util.List<RowProblem> problems = new java.util.ArrayList<>();
		try (ImportRows<Achievement> rows = imports.achievements(FILE, null, new ImportDefaults("zhibei-2020", null))) {
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
