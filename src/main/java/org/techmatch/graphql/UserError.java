package org.techmatch.graphql;

/**
 * An expected business failure of a mutation, returned as data in its payload's
 * {@code userErrors}: which input field (a dotted path such as {@code budget.maxWan}, or
 * {@code null} for the whole input), a message for people, a code for programs.
 */
public record UserError(String field, String message, UserErrorCode code) {

	public static UserError of(String field, UserErrorCode code, String message) {
		return new UserError(field, message, code);
	}

}
