package org.techmatch.importing;

import java.util.Map;

/**
 * A readable source row after column mapping: non-blank, trimmed cell values keyed by
 * canonical field name (see {@code importing/import-columns.json}), with the operator's
 * row number.
 */
public record ImportRow(int rowNumber, Map<String, String> values) {

	public ImportRow {
		values = Map.copyOf(values);
	}

	/** The trimmed value of a field, or null when the row has none. */
	public String get(String field) {
		return this.values.get(field);
	}

}
