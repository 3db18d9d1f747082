package org.techmatch.importing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Renders a numeric XLSX cell as the text a person sees ({@link DataFormatter} with the
 * cell's number format), except dates: those are written ISO ({@code 2024-05-01}, or
 * {@code 2024-05-01 08:30:00} with a time), because the display form depends on the
 * reader's locale ("5/1/24") and would be ambiguous.
 */
final class XlsxCellText {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final StylesTable styles;

	private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

	XlsxCellText(StylesTable styles) {
		this.styles = styles;
	}

	String number(String raw, String styleIndex) {
		double value;
		try {
			value = Double.parseDouble(raw);
		}
		catch (NumberFormatException ex) {
			return raw;
		}
		int formatIndex = 0;
		String formatString = "General";
		if (styleIndex != null && !styleIndex.isEmpty() && this.styles != null) {
			XSSFCellStyle style = this.styles.getStyleAt(Integer.parseInt(styleIndex));
			if (style != null) {
				formatIndex = style.getDataFormat();
				formatString = style.getDataFormatString();
				if (formatString == null) {
					formatString = "General";
				}
			}
		}
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(value);
			return dateTime.toLocalTime().toSecondOfDay() == 0 ? dateTime.toLocalDate().toString()
					: dateTime.format(DATE_TIME);
		}
		return this.formatter.formatRawCellContents(value, formatIndex, formatString);
	}

}
