package org.techmatch.accounts;

import java.time.OffsetDateTime;
import java.util.List;

import org.techmatch.graphql.UserError;

/** The GraphQL {@code SignInPayload}. */
public record SignInPayload(String token, OffsetDateTime expiresAt, AccountView account, List<UserError> userErrors) {

	static SignInPayload failed(UserError error) {
		return new SignInPayload(null, null, null, List.of(error));
	}

}
