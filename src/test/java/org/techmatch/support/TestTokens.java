package org.techmatch.support;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.accounts.Account;
import org.techmatch.accounts.AccountRepository;
import org.techmatch.accounts.DemoAccounts;
import org.techmatch.accounts.TokenService;

/**
 * Bearer tokens for tests, from the application's own {@link TokenService} for the demo
 * accounts: one helper per role, so every protected field has a test for a caller who may
 * and one who may not.
 */
public final class TestTokens {

	private final TokenService tokens;

	private final AccountRepository accounts;

	public TestTokens(TokenService tokens, AccountRepository accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/** The administrator (ADMIN). */
	public String admin() {
		return tokenFor(DemoAccounts.ADMIN);
	}

	/** An expert (EXPERT). */
	public String expert() {
		return tokenFor(DemoAccounts.EXPERT);
	}

	/** A member of the enterprise {@link DemoAccounts#LVYUAN} (ENTERPRISE). */
	public String enterprise() {
		return tokenFor(DemoAccounts.ENTERPRISE);
	}

	/** Another member of the same enterprise (ENTERPRISE). */
	public String colleague() {
		return tokenFor(DemoAccounts.ENTERPRISE_2);
	}

	/** A member of the other enterprise, {@link DemoAccounts#ZHIGAN} (ENTERPRISE). */
	public String otherEnterprise() {
		return tokenFor(DemoAccounts.OTHER_ENTERPRISE);
	}

	public String tokenFor(String email) {
		Account account = this.accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("No demo account " + email));
		return this.tokens.issue(account).value();
	}

	/** The tester sending {@code token} as a bearer token. */
	public static HttpGraphQlTester as(HttpGraphQlTester tester, String token) {
		return tester.mutate().header("Authorization", "Bearer " + token).build();
	}

}
