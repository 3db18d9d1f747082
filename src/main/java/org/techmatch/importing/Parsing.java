package org.techmatch.importing;

import java.util.Optional;

import org.techmatch.catalog.ParseResult;

/**
 * Turns a vocabulary lookup into a {@link ParseResult} whose problem names the allowed
 * labels.
 */
final class Parsing {

	private Parsing() {
	}

	static <T> ParseResult<T> label(Optional<T> found, String label, String text, String allowed) {
		return found.map(ParseResult::ok)
			.orElseGet(() -> ParseResult.failed("未知" + label + ": " + text.strip() + "（可选: " + allowed + "）"));
	}

}
