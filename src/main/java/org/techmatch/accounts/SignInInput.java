package org.techmatch.accounts;

/** The GraphQL {@code SignInInput}. */
public record SignInInput(String email, String password) {

	@Override
	public String toString() {
		return "SignInInput[email=" + this.email + "]";
	}

}
