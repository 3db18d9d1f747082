package org.techmatch.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmatch.catalog.ParseResult;
import org.techmatch.catalog.TechnicalField;

/**
 * Readers for cell text that the domain vocabulary does not already parse: dates, TRL,
 * lists, fields.
 */
final class CellValues {

	/**
	 * Separators of short lists (keywords, patent numbers, chains, service types): ，,;；、
	 * and whitespace.
	 */
	static final String WORD_LIST = "[，,;；、\\s]+";

	/**
	 * Separators of lists whose items may contain spaces (equipment, fields): ，,;；、 and
	 * line breaks.
	 */
	static final String PHRASE_LIST = "[，,;；、\\r\\n]+";

	/**
	 * Separators of lists of titles, which may themselves contain commas: ;； and line
	 * breaks.
	 */
	static final String TITLE_LIST = "[;；\\r\\n]+";

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
			+ "(?:[T\\s]*\\d{1,2}[:时]\\d{1,2}(?:[:分]\\d{1,2}(?:\\.\\d+)?秒?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern TRL = Pattern.compile("(?i)(?:TRL)?\\s*(\\d{1,2})\\s*级?");

	private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[-－—–/／>]+\\s*");

	private CellValues() {
	}

	/**
	 * 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日, 20240501, each optionally followed by a
	 * time.
	 */
	static ParseResult<LocalDate> date(String text) {
		String t = text.strip();
		Matcher m = DATE.matcher(t);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(t);
			if (!m.matches()) {
				return ParseResult.failed("无法识别的日期: " + t + "（应如 2024-05-01、2024/5/1 或 2024年5月1日）");
			}
		}
		try {
			return ParseResult.ok(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException ex) {
			return ParseResult.failed("不存在的日期: " + t);
		}
	}

	/** Technology readiness level 1–9, written 6, TRL6 or 6级. */
	static ParseResult<Integer> trl(String text) {
		Matcher m = TRL.matcher(text.strip());
		if (m.matches()) {
			int level = Integer.parseInt(m.group(1));
			if (level >= 1 && level <= 9) {
				return ParseResult.ok(level);
			}
		}
		return ParseResult.failed("技术就绪度应为1到9的整数: " + text.strip());
	}

	/**
	 * "领域-子领域" (also with －, —, / or >) as two levels; a single name is a domain only.
	 */
	static TechnicalField technicalField(String text) {
		String[] parts = FIELD_SEPARATOR.split(text.strip(), 2);
		String subfield = (parts.length > 1 && !parts[1].isBlank()) ? parts[1].strip() : null;
		return new TechnicalField(parts[0].strip(), subfield);
	}

	/** Non-blank, trimmed, de-duplicated items in order. */
	static List<String> split(String text, String separators) {
		if (text == null) {
			return List.of();
		}
		LinkedHashSet<String> items = new LinkedHashSet<>();
		for (String item : text.split(separators)) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return new ArrayList<>(items);
	}

	/**
	 * A city without the 市 suffix (郑州市 → 郑州), as
	 * {@link org.techmatch.catalog.Institution} keeps it.
	 */
	static String city(String text) {
		String t = text.strip();
		return (t.length() > 2 && t.endsWith("市")) ? t.substring(0, t.length() - 1) : t;
	}

}
