package org.techmatch.accounts;

import java.util.List;

/**
 * The GraphQL {@code Account}: what its owner sees of it (never the password hash).
 */
public record AccountView(String id, String email, String displayName, List<Role> roles,
		OrganisationView organisation) {

	/** The GraphQL {@code Organisation}. */
	public record OrganisationView(String id, String name, String city) {

	}

}
