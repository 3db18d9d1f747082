package org.techmatch.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 转化方式: how an achievement may change hands.
 * <p>
 * zhibei's 合作生产 (the owner produces together with the enterprise) is read as
 * {@link #JOINT_DEVELOPMENT}: both are joint work of owner and enterprise, and no
 * separate "co-production" mode exists in the domain table.
 */
public enum TransferMode {

	TRANSFER("转让", "完全转让", "技术转让"), LICENSE("许可", "许可转让", "技术许可", "许可使用"), EQUITY("作价入股", "技术入股", "入股"),
	JOINT_DEVELOPMENT("合作开发", "合作生产", "合作研发", "技术合作"), COMMISSIONED_DEVELOPMENT("委托开发", "委托研发"),
	SERVICE("技术服务", "技术咨询"), OTHER("其他");

	private static final String SEPARATORS = ",，、;；/|+ \t\u3000和及";

	private final String label;

	private final String[] labels;

	TransferMode(String label, String... aliases) {
		this.label = label;
		this.labels = Labels.withAliases(label, aliases);
	}

	public String label() {
		return this.label;
	}

	public static Optional<TransferMode> fromLabel(String text) {
		return Labels.find(TransferMode.class, text, m -> m.labels);
	}

	/**
	 * Reads a list of modes written with or without separators, e.g. zhibei's
	 * "完全转让许可转让技术入股" or a portal's "技术转让,技术许可". Longest label wins at each position; text
	 * matching no label is returned in {@link Parsed#unparsed()}, never dropped. Modes
	 * are de-duplicated in order of first appearance.
	 */
	public static Parsed parseConcatenated(String text) {
		List<TransferMode> modes = new ArrayList<>();
		List<String> unparsed = new ArrayList<>();
		if (text == null) {
			return new Parsed(modes, unparsed);
		}
		StringBuilder unknown = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (SEPARATORS.indexOf(c) >= 0 && !startsLabel(text, i)) {
				flush(unknown, unparsed);
				i++;
				continue;
			}
			Match match = longestMatch(text, i);
			if (match == null) {
				unknown.append(c);
				i++;
				continue;
			}
			flush(unknown, unparsed);
			if (!modes.contains(match.mode)) {
				modes.add(match.mode);
			}
			i += match.length;
		}
		flush(unknown, unparsed);
		return new Parsed(List.copyOf(modes), List.copyOf(unparsed));
	}

	private static boolean startsLabel(String text, int at) {
		return longestMatch(text, at) != null;
	}

	private static Match longestMatch(String text, int at) {
		Match best = null;
		for (TransferMode mode : values()) {
			for (String label : mode.labels) {
				if (text.startsWith(label, at) && (best == null || label.length() > best.length)) {
					best = new Match(mode, label.length());
				}
			}
		}
		if (best == null) {
			for (TransferMode mode : values()) {
				if (text.regionMatches(true, at, mode.name(), 0, mode.name().length())) {
					return new Match(mode, mode.name().length());
				}
			}
		}
		return best;
	}

	private static void flush(StringBuilder unknown, List<String> unparsed) {
		String piece = unknown.toString().strip();
		if (!piece.isEmpty()) {
			unparsed.add(piece);
		}
		unknown.setLength(0);
	}

	private record Match(TransferMode mode, int length) {
	}

	/**
	 * Result of {@link #parseConcatenated(String)}: the modes read and the pieces that
	 * were not.
	 */
	public record Parsed(List<TransferMode> modes, List<String> unparsed) {

		public boolean isComplete() {
			return this.unparsed.isEmpty();
		}

	}

}
