package org.techmatch.importing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the {@link RowReader} for a file's format. */
public final class RowReaders {

	private RowReaders() {
	}

	/** Opens {@code file}, detecting the format from its name. */
	public static RowReader open(Path file) {
		return open(file, ImportFormat.resolve(file, null));
	}

	/** Opens {@code file} as {@code format}. */
	public static RowReader open(Path file, ImportFormat format) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("No such file: " + file);
		}
		return switch (format) {
			case NDJSON -> new NdjsonRowReader(file);
			case CSV -> new CsvRowReader(file);
			case XLSX -> new XlsxRowReader(file);
		};
	}

}
