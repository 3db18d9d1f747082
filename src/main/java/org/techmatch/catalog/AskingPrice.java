package org.techmatch.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 报价, in 万元 (10,000 yuan). Negotiable (面议) prices have no bounds; a fixed price has
 * {@code minWan == maxWan}.
 */
public record AskingPrice(boolean negotiable, Double minWan, Double maxWan) {

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	private static final Pattern RANGE = Pattern
		.compile("(\\d+(?:\\.\\d+)?)\\s*(?:万元|万)?\\s*(?:-|~|～|—|－|至|到)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:万元|万)");

	private static final Pattern SINGLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:万元|万)");

	public static AskingPrice negotiablePrice() {
		return new AskingPrice(true, null, null);
	}

	public static AskingPrice range(double minWan, double maxWan) {
		return new AskingPrice(false, minWan, maxWan);
	}

	/** Reads 面议, "100.0万元-200.0万元", "50万元", "50-80万"; anything else gives a reason. */
	public static ParseResult<AskingPrice> parse(String text) {
		if (text == null || text.isBlank()) {
			return ParseResult.failed("价格为空");
		}
		String t = text.strip().replace(" ", "");
		if (t.equals("面议") || t.equals("议价") || t.equals("价格面议")) {
			return ParseResult.ok(negotiablePrice());
		}
		Matcher range = RANGE.matcher(t);
		if (range.matches()) {
			double min = Double.parseDouble(range.group(1));
			double max = Double.parseDouble(range.group(2));
			if (min > max) {
				return ParseResult.failed("价格下限大于上限: " + text.strip());
			}
			return ParseResult.ok(range(min, max));
		}
		Matcher single = SINGLE.matcher(t);
		if (single.matches()) {
			double value = Double.parseDouble(single.group(1));
			return ParseResult.ok(range(value, value));
		}
		if (NUMBER.matcher(t).find()) {
			return ParseResult.failed("无法识别的价格格式（需以万元为单位）: " + text.strip());
		}
		return ParseResult.failed("不是价格: " + text.strip());
	}

}
