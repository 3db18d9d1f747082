package org.techmatch.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the rows of one file onto canonical fields and remembers, once per file, what it
 * could not map: unknown columns, and columns that duplicate another column's field (the
 * first non-blank value in file order wins). These are warnings for the operator, not
 * rejections. Use one per file.
 */
public final class ColumnMapper {

	private final ColumnMapping mapping;

	private final ImportKind kind;

	private final Map<String, Optional<String>> resolved = new HashMap<>();

	private final Set<String> warnings = new LinkedHashSet<>();

	public ColumnMapper(ColumnMapping mapping, ImportKind kind) {
		this.mapping = mapping;
		this.kind = kind;
	}

	public ImportRow map(SourceRow.Readable row) {
		Map<String, String> values = new HashMap<>();
		Map<String, String> sourceOf = new HashMap<>();
		for (Map.Entry<String, String> cell : row.cells().entrySet()) {
			Optional<String> field = this.resolved.computeIfAbsent(cell.getKey(), this::resolve);
			String value = (cell.getValue() != null) ? cell.getValue().strip() : "";
			if (field.isEmpty() || value.isEmpty()) {
				continue;
			}
			String first = sourceOf.putIfAbsent(field.get(), cell.getKey());
			if (first == null) {
				values.put(field.get(), value);
			}
			else if (!values.get(field.get()).equals(value)) {
				this.warnings.add("列“" + cell.getKey() + "”与列“" + first + "”都对应字段 " + field.get() + "，取后者（文件中靠前的非空值）");
			}
		}
		return new ImportRow(row.rowNumber(), values);
	}

	private Optional<String> resolve(String header) {
		Optional<String> field = this.mapping.fieldFor(this.kind, header);
		if (field.isEmpty() && !this.mapping.isIgnored(this.kind, header) && !header.isBlank()) {
			this.warnings.add("未知列“" + header + "”，已忽略");
		}
		return field;
	}

	/** Column warnings seen so far in this file, each once, in the order first seen. */
	public List<String> warnings() {
		return new ArrayList<>(this.warnings);
	}

}
