package org.techmatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.StringJoiner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads newline-delimited JSON: one object per line, UTF-8 (a BOM on line 1 is dropped).
 * The row number is the 1-based line; blank lines are not rows.
 * <p>
 * Cells are strings so that every format reaches the column mapping the same way: strings
 * as they are, numbers and booleans as their JSON text, {@code null} as a missing cell,
 * and arrays of scalars joined with the full-width semicolon {@value #LIST_SEPARATOR},
 * which every list-valued field splits on (keywords, patents, modes, chains, equipment).
 * An undecodable line, a line that is not JSON, not an object, or holds a nested object
 * is {@link SourceRow.Unreadable}.
 */
final class NdjsonRowReader implements RowReader {

	static final String LIST_SEPARATOR = "；";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ByteLines lines;

	private final LineDecoder utf8 = new LineDecoder(StandardCharsets.UTF_8);

	private SourceRow next;

	NdjsonRowReader(Path file) {
		try {
			this.lines = new ByteLines(Files.newInputStream(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	@Override
	public boolean hasNext() {
		try {
			while (this.next == null) {
				byte[] line = this.lines.next();
				if (line == null) {
					return false;
				}
				int number = this.lines.lineNumber();
				this.next = toRow(number, (number == 1) ? LineDecoder.withoutUtf8Bom(line) : line);
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public SourceRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		SourceRow row = this.next;
		this.next = null;
		return row;
	}

	private SourceRow toRow(int number, byte[] bytes) {
		String text = this.utf8.decode(bytes);
		if (text == null) {
			return new SourceRow.Unreadable(number, "第" + number + "行无法按UTF-8解码");
		}
		if (text.isBlank()) {
			return null;
		}
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			// the parser's message quotes the offending token: the position is enough,
			// and no
			// file content is echoed
			long column = (ex.getLocation() != null) ? ex.getLocation().getColumnNr() : -1;
			return new SourceRow.Unreadable(number,
					"第" + number + "行不是合法的JSON" + ((column > 0) ? "（第" + column + "列附近）" : ""));
		}
		if (node == null || !node.isObject()) {
			return new SourceRow.Unreadable(number, "第" + number + "行不是JSON对象");
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			JsonNode value = field.getValue();
			if (value.isNull()) {
				continue;
			}
			String cell = (value.isArray()) ? joined(value) : (value.isValueNode() ? value.asString() : null);
			if (cell == null) {
				return new SourceRow.Unreadable(number, "第" + number + "行字段 " + field.getKey() + " 是嵌套对象，无法作为单元格读取");
			}
			cells.put(field.getKey(), cell);
		}
		return new SourceRow.Readable(number, cells);
	}

	private static String joined(JsonNode array) {
		StringJoiner joined = new StringJoiner(LIST_SEPARATOR);
		for (JsonNode element : array) {
			if (!element.isValueNode()) {
				return null;
			}
			if (!element.isNull()) {
				joined.add(element.asString());
			}
		}
		return joined.toString();
	}

	@Override
	public void close() {
		try {
			this.lines.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
