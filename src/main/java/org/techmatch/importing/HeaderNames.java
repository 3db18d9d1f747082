package org.techmatch.importing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a header is compared: NFKC (full-width letters, digits, brackets and {@code ＊}
 * become half-width), all whitespace removed, trailing {@code *} (required-column marker)
 * removed, lower case. So "成果名称*", " 成果名称 ", "成果名称＊" and "ＩＤ"/"id" compare equal to their
 * plain forms.
 */
public final class HeaderNames {

	private HeaderNames() {
	}

	public static String normalize(String header) {
		if (header == null) {
			return "";
		}
		String n = Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\uFEFF]+", "");
		int end = n.length();
		while (end > 0 && n.charAt(end - 1) == '*') {
			end--;
		}
		return n.substring(0, end).toLowerCase(Locale.ROOT);
	}

}
