package org.techmatch.catalog;

import java.util.Optional;

/** A value read from source text, or the reason it could not be read. */
public record ParseResult<T>(T value, String problem) {

	public static <T> ParseResult<T> ok(T value) {
		return new ParseResult<>(value, null);
	}

	public static <T> ParseResult<T> failed(String problem) {
		return new ParseResult<>(null, problem);
	}

	public boolean isOk() {
		return this.problem == null;
	}

	public Optional<T> toOptional() {
		return Optional.ofNullable(this.value);
	}

}
