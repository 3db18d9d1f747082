package org.techmatch.catalog.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders from a map and {@code {lo-hi}} ranges with a random
 * number.
 */
final class TemplateFiller {

	private static final Pattern NAME = Pattern.compile("\\{([a-z][a-z0-9]*)\\}");

	private static final Pattern RANGE = Pattern.compile("\\{(-?\\d+(?:\\.\\d+)?)-(-?\\d+(?:\\.\\d+)?)\\}");

	private TemplateFiller() {
	}

	static String fill(String template, Map<String, String> values, DemoRandom random) {
		Matcher names = NAME.matcher(template);
		StringBuilder named = new StringBuilder();
		while (names.find()) {
			String value = values.get(names.group(1));
			if (value == null) {
				throw new IllegalStateException("No value for {" + names.group(1) + "} in " + template);
			}
			names.appendReplacement(named, Matcher.quoteReplacement(value));
		}
		names.appendTail(named);
		return numbers(named.toString(), random);
	}

	/**
	 * Replaces each {@code {lo-hi}} by a number in the range, with as many decimals as
	 * the bounds.
	 */
	static String numbers(String text, DemoRandom random) {
		Matcher ranges = RANGE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (ranges.find()) {
			ranges.appendReplacement(out, number(ranges.group(1), ranges.group(2), random));
		}
		ranges.appendTail(out);
		return out.toString();
	}

	private static String number(String low, String high, DemoRandom random) {
		int decimals = Math.max(decimals(low), decimals(high));
		if (decimals == 0) {
			return Integer.toString(random.between(Integer.parseInt(low), Integer.parseInt(high)));
		}
		double lo = Double.parseDouble(low);
		double hi = Double.parseDouble(high);
		double value = lo + random.nextDouble() * (hi - lo);
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	private static int decimals(String number) {
		int dot = number.indexOf('.');
		return (dot < 0) ? 0 : number.length() - dot - 1;
	}

}
