package org.techmatch.matching;

/**
 * Why an item matched. Each structured kind is the name of one clause of the match query,
 * so Elasticsearch's {@code matched_queries} says which held for a hit; TEXT stands for
 * the lexical clauses.
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
