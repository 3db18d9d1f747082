package org.techmatch.demand;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * Reads one zhibei-style demand row (cells by column name: id, name, postTime, classification, cooperationMethod,
 * time "start至end", context) into a {@link Demand}, or says per field why it cannot. Shaped to plug into the
 * catalogue importer's row readers (NDJSON, CSV, XLSX): cells in, accepted or rejected with row, field and reason out.
 * A demand whose validity window has ended is imported as CLOSED.
 */
public final class DemandRowParser {

	public static final String SOURCE_BATCH = "zhibei-2020";

	/** zhibei publishes no enterprise names. */
	public static final String UNNAMED_OWNER = "未署名企业（zhibei）";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,40}");

	private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final LocalDate today;

	public DemandRowParser(LocalDate today) {
		this.today = today;
	}

	/** One problem with one row. */
	public record Rejection(int row, String field, String reason) {
	}

	/** The row's demand, or its problems (never both). */
	public record Result(int row, Demand demand, List<Rejection> rejections) {

		public boolean accepted() {
			return this.demand != null;
		}

	}

	public Result parse(Map<String, String> cells, int row) {
		List<Rejection> problems = new ArrayList<>();
		String id = cell(cells, "id");
		if (id == null || !ID.matcher(id).matches()) {
			problems.add(new Rejection(row, "id", (id == null) ? "缺少编号" : "编号格式不正确: " + id));
		}
		String title = cell(cells, "name");
		if (title == null) {
			problems.add(new Rejection(row, "name", "缺少需求名称"));
		}
		else if (title.length() > DemandValidator.TITLE_MAX) {
			problems.add(new Rejection(row, "name", "需求名称超过" + DemandValidator.TITLE_MAX + "字"));
		}
		String description = cell(cells, "context");
		if (description == null) {
			problems.add(new Rejection(row, "context", "缺少需求描述"));
		}
		else if (description.length() > DemandValidator.DESCRIPTION_MAX) {
			problems.add(new Rejection(row, "context", "需求描述超过" + DemandValidator.DESCRIPTION_MAX + "字"));
		}
		LocalDate posted = date(cell(cells, "postTime"), "postTime", row, problems, true);
		LocalDate deadline = deadline(cell(cells, "time"), row, problems);
		List<TransferMode> modes = List.of();
		String method = cell(cells, "cooperationMethod");
		if (method != null) {
			TransferMode.Parsed parsed = TransferMode.parseConcatenated(method);
			if (!parsed.isComplete()) {
				problems.add(new Rejection(row, "cooperationMethod", "无法识别的合作方式: " + String.join("、", parsed.unparsed())));
			}
			modes = parsed.modes();
		}
		if (!problems.isEmpty()) {
			return new Result(row, null, List.copyOf(problems));
		}
		String classification = cell(cells, "classification");
		DemandStatus status = (deadline != null && deadline.isBefore(this.today)) ? DemandStatus.CLOSED : DemandStatus.OPEN;
		var created = posted.atStartOfDay(CHINA).toInstant();
		Demand demand = new Demand(Demand.ID_PREFIX + id, title, description, List.of(),
				(classification != null) ? new TechnicalField(classification, null) : null, null, null, null, modes,
				Budget.negotiableBudget(), null, deadline, status, UNNAMED_OWNER, created, created, null, SOURCE_BATCH, id);
		return new Result(row, demand, List.of());
	}

	private static LocalDate deadline(String time, int row, List<Rejection> problems) {
		if (time == null) {
			return null;
		}
		int separator = time.indexOf('至');
		if (separator < 0) {
			problems.add(new Rejection(row, "time", "有效期应为“开始至结束”: " + time));
			return null;
		}
		return date(time.substring(separator + 1), "time", row, problems, false);
	}

	private static LocalDate date(String text, String field, int row, List<Rejection> problems, boolean required) {
		if (text == null) {
			if (required) {
				problems.add(new Rejection(row, field, "缺少日期"));
			}
			return null;
		}
		Matcher m = DATE.matcher(text);
		if (!m.lookingAt()) {
			problems.add(new Rejection(row, field, "无法识别的日期: " + text));
			return null;
		}
		try {
			return LocalDate.parse(m.group(1));
		}
		catch (DateTimeParseException ex) {
			problems.add(new Rejection(row, field, "不存在的日期: " + m.group(1)));
			return null;
		}
	}

	private static String cell(Map<String, String> cells, String column) {
		String value = cells.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
