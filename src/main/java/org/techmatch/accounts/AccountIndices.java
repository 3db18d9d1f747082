package org.techmatch.accounts;

import org.techmatch.elastic.IndexDefinition;

/**
 * The account and organisation indices behind their aliases, made from
 * {@code elastic/indices/accounts.json} and {@code organisations.json}.
 */
public final class AccountIndices {

	public static final IndexDefinition ACCOUNTS = IndexDefinition.of("accounts");

	public static final IndexDefinition ORGANISATIONS = IndexDefinition.of("organisations");

	private AccountIndices() {
	}

}
