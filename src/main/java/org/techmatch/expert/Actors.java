package org.techmatch.expert;

import org.springframework.stereotype.Component;

import org.techmatch.accounts.Account;
import org.techmatch.accounts.AccountRepository;
import org.techmatch.accounts.Caller;
import org.techmatch.accounts.Role;
import org.techmatch.expert.HistoryEntry.Actor;

/**
 * The current caller as the workflow records it: account id, display name (one read of
 * the account; the id when there is none, e.g. an external issuer's token) and the role
 * acted in.
 */
@Component
public class Actors {

	private final AccountRepository accounts;

	public Actors(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The caller acting as {@code role}. */
	public Actor current(Role role) {
		Caller caller = Caller.current();
		String name = this.accounts.findById(caller.accountId())
			.map(Account::getDisplayName)
			.orElse(caller.accountId());
		return new Actor(caller.accountId(), name, role.name());
	}

	/** The caller acting as expert: ADMIN when the caller is no EXPERT. */
	public Actor currentStaff() {
		return current(Caller.current().has(Role.EXPERT) ? Role.EXPERT : Role.ADMIN);
	}

}
