package org.techmatch.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: every source row is counted exactly once as created, updated,
 * unchanged, skipped or rejected; each rejected row is listed with its problems, each
 * skipped row (a live record kept because it was edited later than the row, or while the
 * import ran) with its reason. {@code generation} is the index generation the alias now
 * points at (null when nothing changed, so no new generation was built, and always for
 * live records, which are updated in place).
 */
public record ImportReport(ImportKind kind, String file, String sourceBatch, long rows, long created, long updated,
		long unchanged, long skipped, long rejected, List<RowProblem> problems, List<RowProblem> skippedRows,
		List<String> warnings, String generation, String reportFile, long millis) {

	public ImportReport {
		problems = List.copyOf(problems);
		skippedRows = List.copyOf(skippedRows);
		warnings = List.copyOf(warnings);
	}

	/** The same report with the path of the file it was written to. */
	public ImportReport withReportFile(String path) {
		return new ImportReport(this.kind, this.file, this.sourceBatch, this.rows, this.created, this.updated,
				this.unchanged, this.skipped, this.rejected, this.problems, this.skippedRows, this.warnings,
				this.generation, path, this.millis);
	}

	/**
	 * The same report naming the batch and the report file by their file names only (what
	 * API callers see: no server paths).
	 */
	public ImportReport withFileNamesOnly() {
		return new ImportReport(this.kind, fileName(this.file), this.sourceBatch, this.rows, this.created, this.updated,
				this.unchanged, this.skipped, this.rejected, this.problems, this.skippedRows, this.warnings,
				this.generation, fileName(this.reportFile), this.millis);
	}

	private static String fileName(String path) {
		return (path != null) ? Path.of(path).getFileName().toString() : null;
	}

	public String summary() {
		return String.format("%s: %d rows — %d created, %d updated, %d unchanged, %d skipped, %d rejected", this.file,
				this.rows, this.created, this.updated, this.unchanged, this.skipped, this.rejected);
	}

}
