package org.techmatch.matching;

import java.util.List;

/**
 * Test-scope access to matching's package-private parts, for the relevance experiment
 * dump ({@code -Dbench=relevance-dump}).
 */
public final class MatchInternals {

	private MatchInternals() {
	}

	/** The source fields a supply candidate is read with. */
	public static List<String> supplyFields() {
		return Candidate.SUPPLY_FIELDS;
	}

	/**
	 * 1 + the bonuses of the criteria the candidate meets, as MatchRanking applies them.
	 */
	public static double criteriaFactor(MatchCriteria criteria, Candidate candidate) {
		double factor = 1;
		for (MatchReasonKind kind : CriteriaCheck.supply(criteria, candidate)) {
			factor += MatchRanking.bonus(kind, criteria);
		}
		return factor;
	}

}
