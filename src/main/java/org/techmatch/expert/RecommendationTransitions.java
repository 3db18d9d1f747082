package org.techmatch.expert;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.techmatch.demand.DemandStatus;

/**
 * The recommendation state machine: which status may follow which, and which side moves
 * it. Anything else is refused with the userError {@code INVALID_TRANSITION}.
 *
 * <pre>
 * PROPOSED → SENT                          expert (recommend with send, or advanceRecommendation)
 * SENT → ACCEPTED | DECLINED (reason)      enterprise (respondToRecommendation)
 * ACCEPTED → CONTACTED → NEGOTIATING → CONTRACTED (contract)   expert, one step at a time
 * PROPOSED, SENT, ACCEPTED, CONTACTED, NEGOTIATING → CLOSED_NO_DEAL (reason)   expert
 * DECLINED, CONTRACTED, CLOSED_NO_DEAL → nothing
 * </pre>
 *
 * The demand follows: a recommendation NEGOTIATING puts its demand IN_NEGOTIATION, one
 * CONTRACTED makes it CONTRACTED (as far as the demand's own state machine allows).
 */
public final class RecommendationTransitions {

	private static final Map<RecommendationStatus, Set<RecommendationStatus>> NEXT = new EnumMap<>(
			RecommendationStatus.class);

	/** The statuses the enterprise sets; every other move is the expert's. */
	public static final Set<RecommendationStatus> ENTERPRISE_MOVES = EnumSet.of(RecommendationStatus.ACCEPTED,
			RecommendationStatus.DECLINED);

	static {
		NEXT.put(RecommendationStatus.PROPOSED,
				EnumSet.of(RecommendationStatus.SENT, RecommendationStatus.CLOSED_NO_DEAL));
		NEXT.put(RecommendationStatus.SENT, EnumSet.of(RecommendationStatus.ACCEPTED, RecommendationStatus.DECLINED,
				RecommendationStatus.CLOSED_NO_DEAL));
		NEXT.put(RecommendationStatus.ACCEPTED,
				EnumSet.of(RecommendationStatus.CONTACTED, RecommendationStatus.CLOSED_NO_DEAL));
		NEXT.put(RecommendationStatus.CONTACTED,
				EnumSet.of(RecommendationStatus.NEGOTIATING, RecommendationStatus.CLOSED_NO_DEAL));
		NEXT.put(RecommendationStatus.NEGOTIATING,
				EnumSet.of(RecommendationStatus.CONTRACTED, RecommendationStatus.CLOSED_NO_DEAL));
		NEXT.put(RecommendationStatus.DECLINED, EnumSet.noneOf(RecommendationStatus.class));
		NEXT.put(RecommendationStatus.CONTRACTED, EnumSet.noneOf(RecommendationStatus.class));
		NEXT.put(RecommendationStatus.CLOSED_NO_DEAL, EnumSet.noneOf(RecommendationStatus.class));
	}

	private RecommendationTransitions() {
	}

	/** Whether a recommendation in status {@code from} may move to {@code to}. */
	public static boolean allowed(RecommendationStatus from, RecommendationStatus to) {
		return NEXT.get(from).contains(to);
	}

	/** The statuses that may follow {@code from}. */
	public static Set<RecommendationStatus> next(RecommendationStatus from) {
		return Set.copyOf(NEXT.get(from));
	}

	/**
	 * The status the demand moves to when one of its recommendations reaches {@code to};
	 * null when the demand stays as it is.
	 */
	public static DemandStatus demandStatusAfter(RecommendationStatus to) {
		return switch (to) {
			case NEGOTIATING -> DemandStatus.IN_NEGOTIATION;
			case CONTRACTED -> DemandStatus.CONTRACTED;
			default -> null;
		};
	}

}
