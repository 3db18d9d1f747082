package org.techmatch.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a batch holds: supply of either kind, or enterprise demands. Each kind names its
 * section of {@code importing/import-columns.json} and its word on the command line; what
 * is done with its rows is its {@link ImportStrategy}.
 */
public enum ImportKind {

	ACHIEVEMENT("achievement", "achievements"), CAPABILITY("capability", "capabilities"), DEMAND("demand", "demands");

	private final String section;

	private final String plural;

	ImportKind(String section, String plural) {
		this.section = section;
		this.plural = plural;
	}

	String section() {
		return this.section;
	}

	/**
	 * The kind named on the command line, in the singular or the plural
	 * ({@code achievements}, {@code demand}).
	 */
	static Optional<ImportKind> fromCommandName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((kind) -> kind.section.equals(lower) || kind.plural.equals(lower))
			.findFirst();
	}

}
