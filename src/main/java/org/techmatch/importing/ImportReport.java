package org.techmatch.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: every source row is counted exactly once as created, updated,
 * unchanged or rejected; each rejected row is listed with its problems.
 * {@code generation} is the index generation the alias now points at (null when nothing
 * changed, so no new generation was built).
 */
public record ImportReport(ImportKind kind, String file, String sourceBatch, long rows, long created, long updated,
		long unchanged, long rejected, List<RowProblem> problems, List<String> warnings, String generation,
		String reportFile, long millis) {

	public ImportReport {
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
	}

	/** The same report with the path of the file it was written to. */
	public ImportReport withReportFile(String path) {
		return new ImportReport(this.kind, this.file, this.sourceBatch, this.rows, this.created, this.updated,
				this.unchanged, this.rejected, this.problems, this.warnings, this.generation, path, this.millis);
	}

	/**
	 * The same report naming the batch and the report file by their file names only (what
	 * API callers see: no server paths).
	 */
	public ImportReport withFileNamesOnly() {
		return new ImportReport(this.kind, fileName(this.file), this.sourceBatch, this.rows, this.created, this.updated,
				this.unchanged, this.rejected, this.problems, this.warnings, this.generation, fileName(this.reportFile),
				this.millis);
	}

	private static String fileName(String path) {
		return (path != null) ? Path.of(path).getFileName().toString() : null;
	}

	public String summary() {
		return String.format("%s: %d rows — %d created, %d updated, %d unchanged, %d rejected", this.file, this.rows,
				this.created, this.updated, this.unchanged, this.rejected);
	}

}
