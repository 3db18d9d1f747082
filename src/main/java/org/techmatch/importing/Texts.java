package org.techmatch.importing;

/** Description and summary text of supply items. */
final class Texts {

	static final int MAX_SUMMARY = 120;

	private static final String SENTENCE_ENDS = "。！？!?；;";

	private Texts() {
	}

	/**
	 * The description with the application scope as a last paragraph "应用范围：…"; null when
	 * both are absent.
	 */
	static String withScope(String description, String scope) {
		if (scope == null) {
			return description;
		}
		String paragraph = "应用范围：" + scope;
		return (description == null) ? paragraph : description + "\n\n" + paragraph;
	}

	/**
	 * The first {@value #MAX_SUMMARY} characters of the description, cut after the last
	 * sentence end in them when that keeps at least a third, else cut hard with "…"; null
	 * without a description.
	 */
	static String summaryOf(String description) {
		if (description == null) {
			return null;
		}
		String text = description.strip().replaceAll("\\s+", " ");
		if (text.codePointCount(0, text.length()) <= MAX_SUMMARY) {
			return text;
		}
		String head = text.substring(0, text.offsetByCodePoints(0, MAX_SUMMARY));
		for (int i = head.length() - 1; i >= MAX_SUMMARY / 3; i--) {
			if (SENTENCE_ENDS.indexOf(head.charAt(i)) >= 0) {
				return head.substring(0, i + 1);
			}
		}
		return head.substring(0, head.offsetByCodePoints(0, MAX_SUMMARY - 1)) + "…";
	}

}
