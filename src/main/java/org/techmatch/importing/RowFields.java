package org.techmatch.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.techmatch.catalog.ParseResult;
import org.techmatch.catalog.TransferMode;

/**
 * Reads the fields of one {@link ImportRow} and collects every problem found, with row
 * and field.
 */
final class RowFields {

	private final ImportRow row;

	private final List<RowProblem> problems = new ArrayList<>();

	RowFields(ImportRow row) {
		this.row = row;
	}

	int rowNumber() {
		return this.row.rowNumber();
	}

	/** The trimmed text, or null. */
	String text(String field) {
		return this.row.get(field);
	}

	/** The text, or null with a problem when absent. */
	String required(String field, String label) {
		String value = text(field);
		if (value == null) {
			problem(field, "缺少必填字段：" + label);
		}
		return value;
	}

	/** The text, with a problem when longer than {@code max} characters (code points). */
	String limited(String value, String field, String label, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			problem(field, label + "长度" + value.codePointCount(0, value.length()) + "字，超过" + max + "字上限");
		}
		return value;
	}

	/** The parsed value, or null when absent or unreadable (then with a problem). */
	<T> T parse(String field, Function<String, ParseResult<T>> parser) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		ParseResult<T> result = parser.apply(value);
		if (!result.isOk()) {
			problem(field, result.problem());
		}
		return result.value();
	}

	/**
	 * Transfer or cooperation modes ("技术转让,技术许可" or run together), with a problem naming
	 * any unread part.
	 */
	List<TransferMode> transferModes(String field, String label) {
		String text = text(field);
		if (text == null) {
			return List.of();
		}
		TransferMode.Parsed parsed = TransferMode.parseConcatenated(text);
		if (!parsed.isComplete()) {
			problem(field, "无法识别的" + label + ": " + String.join("、", parsed.unparsed()) + "（原文: " + text + "）");
		}
		return parsed.modes();
	}

	void problem(String field, String reason) {
		this.problems.add(new RowProblem(this.row.rowNumber(), field, reason));
	}

	List<RowProblem> problems() {
		return this.problems;
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

}
