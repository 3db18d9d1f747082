package org.techmatch.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRowsTests {

	@TempDir
	Path dir;

	@Test
	@DisplayName("a CSV batch: one outcome per row; undecodable, duplicate and invalid rows rejected with row and field")
	void oneOutcomePerRow() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write("成果编号*,成果名称*,成熟度,备注\nA1,甲,通过小试,x\n".getBytes(StandardCharsets.UTF_8));
		bytes.write("A2,乙,通过中试,\n".getBytes(CharsetDetector.GB18030));
		bytes.write("A1,甲again,可以量产,\nA3,丙,半成品,\nA4,丁,已有样品,\n".getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(this.dir.resolve("batch.csv"), bytes.toByteArray());
		CatalogImports imports = new CatalogImports(ColumnMapping.load(), new IndustrialChainTaxonomy());
		try (ImportRows<Achievement> rows = imports.achievements(file, null, new ImportDefaults("t", "河南省"))) {
			List<RowOutcome<Achievement>> outcomes = rows.stream().toList();
			assertThat(outcomes).extracting(RowOutcome::rowNumber).containsExactly(2, 3, 4, 5, 6);
			assertThat(outcomes.get(0)).isInstanceOf(RowOutcome.Accepted.class);
			assertThat(problem(outcomes.get(1))).extracting(RowProblem::rowNumber, RowProblem::field)
				.containsExactly(3, RowProblem.WHOLE_ROW);
			assertThat(problem(outcomes.get(2)).reason()).contains("第2行", "ach-t-A1");
			assertThat(problem(outcomes.get(3)).field()).isEqualTo("maturity");
			assertThat(outcomes.get(4)).isInstanceOf(RowOutcome.Accepted.class);
			assertThat(rows.warnings()).containsExactly("未知列“备注”，已忽略");
		}
	}

	private static RowProblem problem(RowOutcome<Achievement> outcome) {
		return ((RowOutcome.Rejected<Achievement>) outcome).problems().get(0);
	}

}
