package org.techmatch.catalog.demo;

/**
 * Plausible Chinese patent numbers, e.g. {@code ZL202110234567.8}: ZL, filing year, kind
 * (1 invention, 2 utility model, 3 design), 7-digit serial, and the CNIPA check digit
 * (weights 2..9, 2..5 over the 12 digits, mod 11, 10 written X).
 */
final class PatentNumbers {

	private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

	private PatentNumbers() {
	}

	static String patent(int year, int kind, DemoRandom random) {
		String digits = year + Integer.toString(kind) + pad(random.nextInt(10_000_000), 7);
		return "ZL" + digits + "." + checkDigit(digits);
	}

	/** Software copyright registration number, e.g. {@code 2022SR0123456}. */
	static String softwareCopyright(int year, DemoRandom random) {
		return year + "SR" + pad(random.nextInt(2_000_000), 7);
	}

	static char checkDigit(String twelveDigits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (twelveDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = sum % 11;
		return (check == 10) ? 'X' : (char) ('0' + check);
	}

	static String pad(int value, int width) {
		StringBuilder s = new StringBuilder(Integer.toString(value));
		while (s.length() < width) {
			s.insert(0, '0');
		}
		return s.toString();
	}

}
