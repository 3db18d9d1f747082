package org.techmatch.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Lookup of a vocabulary enum by one of its Chinese labels or by its constant name. */
final class Labels {

	private Labels() {
	}

	static String[] withAliases(String label, String... aliases) {
		String[] all = new String[aliases.length + 1];
		all[0] = label;
		System.arraycopy(aliases, 0, all, 1, aliases.length);
		return all;
	}

	/**
	 * A constant matches when the trimmed text equals its name (any case) or one of its
	 * labels.
	 */
	static <E extends Enum<E>> Optional<E> find(Class<E> type, String text, Function<E, String[]> labels) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return Optional.empty();
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(trimmed.toUpperCase(Locale.ROOT))) {
				return Optional.of(constant);
			}
			for (String label : labels.apply(constant)) {
				if (label.equals(trimmed)) {
					return Optional.of(constant);
				}
			}
		}
		return Optional.empty();
	}

}
