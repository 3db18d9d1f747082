package org.techmatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180: comma, double quotes, cells may span lines) in UTF-8, with
 * or without BOM, or GB18030, as told by {@link CharsetDetector}. The first non-blank
 * record is the header.
 * <p>
 * Decoding happens per physical line in {@link LineDecodingReader}, before commons-csv
 * sees the text, so an undecodable line costs only the row that holds it: that row comes
 * back {@link SourceRow.Unreadable} and its neighbours are read as usual. Row numbers
 * count every record including blank ones, as a spreadsheet program shows them (header =
 * 1). A row with more cells than the header is accepted only when the extra cells are
 * blank (spreadsheet exports pad rows); fewer cells is unreadable. An unterminated quote
 * ends the file with one unreadable row naming it.
 */
final class CsvRowReader implements RowReader {

	private final LineDecodingReader text;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private List<String> header;

	private long lastLine;

	private SourceRow next;

	private boolean failed;

	CsvRowReader(Path file) {
		try {
			Charset charset = CharsetDetector.detect(file);
			this.text = new LineDecodingReader(Files.newInputStream(file), charset);
			this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(this.text);
			this.records = this.parser.iterator();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/**
	 * The header cells as written in the file; empty before the first row was asked for.
	 */
	List<String> header() {
		return (this.header != null) ? this.header : List.of();
	}

	@Override
	public boolean hasNext() {
		while (this.next == null && !this.failed && nextRecord()) {
			// nextRecord sets next unless the record was blank or the header
		}
		return this.next != null;
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

	private boolean nextRecord() {
		CSVRecord record;
		try {
			if (!this.records.hasNext()) {
				return false;
			}
			record = this.records.next();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			this.failed = true;
			int row = (int) this.parser.getRecordNumber() + 1;
			this.next = new SourceRow.Unreadable(row, "第" + row + "行起无法解析CSV（常见原因：引号未闭合），其后内容未读取: " + ex.getMessage());
			return true;
		}
		int rowNumber = (int) record.getRecordNumber();
		long firstLine = this.lastLine + 1;
		this.lastLine = this.parser.getCurrentLineNumber();
		int badLine = this.text.firstBadLineBetween((int) firstLine, (int) this.lastLine);
		if (badLine >= 0) {
			this.next = new SourceRow.Unreadable(rowNumber,
					"第" + rowNumber + "行（文件第" + badLine + "行）无法按" + this.text.charset().name() + "解码");
			return true;
		}
		if (isBlank(record)) {
			return true;
		}
		if (this.header == null) {
			this.header = record.toList();
			return true;
		}
		this.next = toRow(rowNumber, record);
		return true;
	}

	private SourceRow toRow(int rowNumber, CSVRecord record) {
		List<String> values = record.toList();
		if (values.size() < this.header.size() || !blankFrom(values, this.header.size())) {
			return new SourceRow.Unreadable(rowNumber,
					"第" + rowNumber + "行有" + values.size() + "列，表头有" + this.header.size() + "列");
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < this.header.size(); i++) {
			cells.putIfAbsent(this.header.get(i), values.get(i));
		}
		return new SourceRow.Readable(rowNumber, cells);
	}

	private static boolean isBlank(CSVRecord record) {
		return blankFrom(record.toList(), 0);
	}

	private static boolean blankFrom(List<String> values, int from) {
		for (int i = from; i < values.size(); i++) {
			if (!values.get(i).isBlank()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
