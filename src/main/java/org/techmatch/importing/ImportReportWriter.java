package org.techmatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes an import's report as a UTF-8 (with BOM, so spreadsheet programs read it) CSV
 * into {@code techmatch.import.report-dir}: the summary, the warnings, then one line per
 * problem of each rejected row (row, field, reason, "rejected") and one per skipped row
 * ("skipped": a live record kept because it changed later) — the file an operator fixes
 * the batch from.
 */
@Component
public class ImportReportWriter {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path directory;

	public ImportReportWriter(
			@Value("${techmatch.import.report-dir:${user.home}/.techmatch/import-reports}") Path directory) {
		this.directory = directory;
	}

	/**
	 * @return the report with the written file's path
	 */
	public ImportReport write(ImportReport report) {
		String base = Path.of(report.file()).getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
		// a random part makes the name unique: two imports of the same file in the same
		// second no longer overwrite each other's report (CREATE_NEW fails rather than
		// overwrite)
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Path file = this.directory
			.resolve(base + "." + STAMP.format(LocalDateTime.now()) + "-" + unique + ".report.csv");
		try {
			Files.createDirectories(this.directory);
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE); CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
				out.write('\uFEFF');
				csv.printRecord("# " + report.summary());
				for (String warning : report.warnings()) {
					csv.printRecord("# warning: " + warning);
				}
				csv.printRecord("row", "field", "reason", "outcome");
				for (RowProblem problem : report.problems()) {
					csv.printRecord(problem.rowNumber(), problem.field(), problem.reason(), "rejected");
				}
				for (RowProblem skip : report.skippedRows()) {
					csv.printRecord(skip.rowNumber(), skip.field(), skip.reason(), "skipped");
				}
			}
			return report.withReportFile(file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the import report " + file, ex);
		}
	}

}
