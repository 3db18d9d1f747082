package org.techmatch.accounts;

/**
 * What an account may do. A caller with no account is anonymous: it may search, suggest,
 * ask for similar items, match an ad-hoc need and read the public catalogue and
 * statistics.
 */
public enum Role {

	/** A member of one enterprise (organisation): posts and edits its own demands. */
	ENTERPRISE,
	/**
	 * A member of the expert team: reads every demand with its owner, recommends matches.
	 */
	EXPERT,
	/** The centre's staff: imports, synonyms, every demand. */
	ADMIN;

	/** The Spring Security authority of this role ({@code ROLE_ADMIN}). */
	public String authority() {
		return "ROLE_" + name();
	}

}
