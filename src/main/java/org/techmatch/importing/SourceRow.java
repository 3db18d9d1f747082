package org.techmatch.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a source file as an operator sees it: the 1-based line of an NDJSON file, or
 * the spreadsheet row of a CSV/XLSX file (header = row 1, first data row = row 2). Either
 * its cells keyed by the file's own header or field names, or the reason it could not be
 * read at all.
 */
public sealed interface SourceRow {

	int rowNumber();

	/**
	 * A row whose cells could be read; blank cells are kept as empty strings, order as in
	 * the file.
	 */
	record Readable(int rowNumber, Map<String, String> cells) implements SourceRow {

		public Readable {
			cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
		}

	}

	/**
	 * A row that could not be read (undecodable bytes, malformed JSON, wrong number of
	 * columns).
	 */
	record Unreadable(int rowNumber, String reason) implements SourceRow {
	}

}
