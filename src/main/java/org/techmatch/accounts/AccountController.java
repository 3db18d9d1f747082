package org.techmatch.accounts;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code signIn} and {@code me}. */
@Controller
public class AccountController {

	private final AccountService accounts;

	public AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@MutationMapping
	public SignInPayload signIn(@Argument SignInInput input) {
		return this.accounts.signIn(input);
	}

	@QueryMapping
	public AccountView me() {
		return this.accounts.me().orElse(null);
	}

}
