package org.techmatch.graphql;

import java.util.List;

/** The GraphQL {@code UserError}: an expected problem with a mutation's input, returned as data. */
public record UserError(List<String> field, String message, String code) {

	public static UserError of(String message, ErrorCode code, String... field) {
		return new UserError(List.of(field), message, code.name());
	}

}
