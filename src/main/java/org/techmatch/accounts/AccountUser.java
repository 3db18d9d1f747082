package org.techmatch.accounts;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account as Spring Security holds it for a portal session: the user details
 * plus the account and organisation ids.
 */
public class AccountUser extends User {

	private final String accountId;

	private final String organisationId;

	public AccountUser(Account account, Collection<? extends GrantedAuthority> authorities) {
		super(account.getEmail(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities);
		this.accountId = account.getId();
		this.organisationId = account.getOrganisationId();
	}

	public String accountId() {
		return this.accountId;
	}

	public String organisationId() {
		return this.organisationId;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
