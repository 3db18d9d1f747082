package org.techmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads the first sheet of an XLSX workbook by pulling its XML with StAX, one row at a
 * time, so a 100k-row sheet is never held in memory (only the shared-strings table is).
 * The first non-empty row is the header; row numbers are the sheet's own (header = row 1
 * in a normal template); empty rows are not rows. Numbers and dates are rendered by
 * {@link XlsxCellText}; formulas give their cached value. A data cell with content in a
 * column that has no header is reported as unreadable rather than dropped.
 */
final class XlsxRowReader implements RowReader {

	private final OPCPackage workbook;

	private final InputStream sheet;

	private final XlsxSheetRows rows;

	private Map<Integer, String> header;

	private SourceRow next;

	XlsxRowReader(Path file) {
		try {
			this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(this.workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new IllegalArgumentException(file.getFileName() + " has no sheet");
			}
			this.sheet = sheets.next();
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(this.sheet);
			this.rows = new XlsxSheetRows(xml, new ReadOnlySharedStringsTable(this.workbook, false),
					new XlsxCellText(reader.getStylesTable()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (OpenXML4JException | XMLStreamException | org.xml.sax.SAXException ex) {
			throw new IllegalArgumentException(file.getFileName() + " is not a readable XLSX workbook", ex);
		}
	}

	@Override
	public boolean hasNext() {
		while (this.next == null) {
			XlsxSheetRows.Row row = this.rows.next();
			if (row == null) {
				return false;
			}
			if (row.cells().values().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (this.header == null) {
				this.header = new TreeMap<>(row.cells());
				continue;
			}
			this.next = toRow(row);
		}
		return true;
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

	private SourceRow toRow(XlsxSheetRows.Row row) {
		List<String> orphans = new ArrayList<>();
		row.cells().forEach((column, value) -> {
			if (!value.isBlank() && this.header.getOrDefault(column, "").isBlank()) {
				orphans.add(CellReference.convertNumToColString(column));
			}
		});
		if (!orphans.isEmpty()) {
			return new SourceRow.Unreadable(row.number(),
					"第" + row.number() + "行" + String.join("、", orphans) + "列有内容但该列没有表头");
		}
		Map<String, String> cells = new LinkedHashMap<>();
		this.header.forEach((column, name) -> {
			if (!name.isBlank()) {
				cells.putIfAbsent(name, row.cells().getOrDefault(column, ""));
			}
		});
		return new SourceRow.Readable(row.number(), cells);
	}

	@Override
	public void close() {
		try {
			this.rows.close();
			this.sheet.close();
			this.workbook.revert();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
