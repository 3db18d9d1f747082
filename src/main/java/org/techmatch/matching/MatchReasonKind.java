package org.techmatch.matching;

/**
 * Why an item matched: TEXT for the shared words (always there), and each structured
 * criterion the item meets ({@link CriteriaCheck}), which is also the name a need uses to
 * require it.
 */
public enum MatchReasonKind {

	/** The texts share words (from highlights). */
	TEXT,
	/** Same industrial chain. */
	SAME_CHAIN,
	/** Same industrial cluster. */
	SAME_CLUSTER,
	/** Maturity at least the wanted one. */
	MATURITY_OK,
	/** A cooperation mode both sides accept. */
	MODE_COMPATIBLE,
	/** The asking price fits the budget (or is negotiable). */
	WITHIN_BUDGET,
	/** Same city. */
	SAME_CITY

}
