package org.techmatch.importing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * File format of a collection batch. Detected from the file name
 * ({@code .ndjson}/{@code .jsonl}, {@code .csv}, {@code .xlsx}, any case) unless the
 * operator names one explicitly.
 */
public enum ImportFormat {

	NDJSON, CSV, XLSX;

	/** The format named by the file's extension, if it is one of ours. */
	public static Optional<ImportFormat> fromFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
			return Optional.of(NDJSON);
		}
		if (name.endsWith(".csv")) {
			return Optional.of(CSV);
		}
		if (name.endsWith(".xlsx")) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	/**
	 * The explicit format when given (name, any case), else the one detected from the
	 * file name.
	 * @throws IllegalArgumentException when the override is unknown or nothing can be
	 * detected
	 */
	public static ImportFormat resolve(Path file, String override) {
		if (override != null && !override.isBlank()) {
			try {
				return valueOf(override.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"Unknown import format '" + override.strip() + "' (expected NDJSON, CSV or XLSX)");
			}
		}
		return fromFileName(file.getFileName().toString())
			.orElseThrow(() -> new IllegalArgumentException("Cannot tell the format of '" + file.getFileName()
					+ "' from its name (.ndjson, .jsonl, .csv, .xlsx); name it explicitly"));
	}

}
