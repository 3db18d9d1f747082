package org.techmatch.matching;

import java.util.List;

/**
 * Test-scope access to matching's package-private parts, for the relevance experiment
 * dump ({@code -Dbench=relevance-dump}).
 */
public final class MatchInternals {

	private MatchInternals() {
	}

	/** The share of meaning in text relevance ({@link MatchRanking#SEMANTIC_SHARE}). */
	public static double semanticShare() {
		return MatchRanking.SEMANTIC_SHARE;
	}

	/**
	 * The fields (with their {@code ^boost}) of the candidate query's clauses: the words
	 * (the gate), the title's characters, the description's bigrams.
	 */
	public static List<List<String>> candidateClauses() {
		return List.of(MatchQueryBuilder.SUPPLY_WORD_FIELDS, MatchQueryBuilder.CHAR_FIELDS,
				MatchQueryBuilder.BIGRAM_FIELDS);
	}

	/** The weight of the selected-bigram clause. */
	public static double selectedBigramWeight() {
		return MatchQueryBuilder.SELECTED_BIGRAM_WEIGHT;
	}

	/** {@link MatchRanking#CENTRE_SHIFT}. */
	public static double centreShift() {
		return MatchRanking.CENTRE_SHIFT;
	}

	/** {@link MatchRanking#FEEDBACK_ITEMS}. */
	public static int feedbackItems() {
		return MatchRanking.FEEDBACK_ITEMS;
	}

	/** {@link MatchRanking#FEEDBACK_WEIGHT}. */
	public static double feedbackWeight() {
		return MatchRanking.FEEDBACK_WEIGHT;
	}

	/** The centre matching compares the vectors of {@code indices} around (or null). */
	public static float[] centre(org.springframework.context.ApplicationContext app, List<String> indices) {
		return app.getBean(VectorCentres.class).of(indices);
	}

	/** The number of candidates ranked. */
	public static int candidates() {
		return MatchQueryBuilder.CANDIDATES;
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
