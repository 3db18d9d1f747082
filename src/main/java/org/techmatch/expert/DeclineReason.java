package org.techmatch.expert;

/**
 * Why an enterprise declined a recommendation, or why it closed without a deal (the codes
 * IN-PART uses). NOT_A_FIT and ALREADY_SOLVED also remove the item from that demand's
 * matches.
 */
public enum DeclineReason {

	/** The technology is not mature enough yet. */
	TOO_EARLY,
	/** Too expensive. */
	PRICE,
	/** It does not fit the need. */
	NOT_A_FIT,
	/** Who owns the IP, or what it covers, is unclear. */
	IP_UNCLEAR,
	/** The description does not say enough. */
	DESCRIPTION_UNCLEAR,
	/** How it would be licensed, transferred or developed is unclear. */
	COMMERCIAL_ROUTE_UNCLEAR,
	/** The need is already solved. */
	ALREADY_SOLVED,
	/** Anything else (say what in the note). */
	OTHER;

	/** Whether an item declined for this reason leaves the demand's matches. */
	public boolean removesMatch() {
		return this == NOT_A_FIT || this == ALREADY_SOLVED;
	}

}
