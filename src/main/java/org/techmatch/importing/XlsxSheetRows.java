package org.techmatch.importing;

import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/**
 * Pulls {@code <row>} elements of a sheet's XML one at a time: row number and cell text
 * by column.
 */
final class XlsxSheetRows {

	/** One sheet row: 1-based number and non-empty cells by 0-based column index. */
	record Row(int number, Map<Integer, String> cells) {
	}

	private final XMLStreamReader xml;

	private final ReadOnlySharedStringsTable strings;

	private final XlsxCellText text;

	private int lastRow;

	XlsxSheetRows(XMLStreamReader xml, ReadOnlySharedStringsTable strings, XlsxCellText text) {
		this.xml = xml;
		this.strings = strings;
		this.text = text;
	}

	/** The next row, or null after the last. */
	Row next() {
		try {
			while (this.xml.hasNext()) {
				if (this.xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
					String r = this.xml.getAttributeValue(null, "r");
					int number = (r != null) ? Integer.parseInt(r) : this.lastRow + 1;
					this.lastRow = number;
					return new Row(number, readCells());
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			throw new IllegalArgumentException("Sheet XML is broken after row " + this.lastRow, ex);
		}
	}

	private Map<Integer, String> readCells() throws XMLStreamException {
		Map<Integer, String> cells = new TreeMap<>();
		int column = -1;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName())) {
				return cells;
			}
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
				String ref = this.xml.getAttributeValue(null, "r");
				column = (ref != null) ? new CellReference(ref).getCol() : column + 1;
				String type = this.xml.getAttributeValue(null, "t");
				String style = this.xml.getAttributeValue(null, "s");
				String value = readCell(type, style);
				if (value != null && !value.isEmpty()) {
					cells.put(column, value);
				}
			}
		}
		return cells;
	}

	/** Reads up to the end of the current {@code <c>} element. */
	private String readCell(String type, String style) throws XMLStreamException {
		StringBuilder value = null;
		StringBuilder inline = null;
		String element = null;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				element = this.xml.getLocalName();
				if ("v".equals(element)) {
					value = new StringBuilder();
				}
				else if ("t".equals(element) && inline == null) {
					inline = new StringBuilder();
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				if ("v".equals(element) && value != null) {
					value.append(this.xml.getText());
				}
				else if ("t".equals(element) && inline != null) {
					inline.append(this.xml.getText());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if ("c".equals(this.xml.getLocalName())) {
					break;
				}
				element = null;
			}
		}
		return render(type, style, (value != null) ? value.toString() : null, inline);
	}

	private String render(String type, String style, String value, StringBuilder inline) {
		if ("inlineStr".equals(type)) {
			return (inline != null) ? inline.toString() : "";
		}
		if (value == null) {
			return null;
		}
		if (type == null || "n".equals(type)) {
			return this.text.number(value, style);
		}
		return switch (type) {
			case "s" -> this.strings.getItemAt(Integer.parseInt(value.strip())).getString();
			case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
			case "e" -> "#错误 " + value;
			default -> value; // str (formula text), d (ISO date)
		};
	}

	void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// nothing left to release
		}
	}

}
