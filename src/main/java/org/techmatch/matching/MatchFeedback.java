package org.techmatch.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techmatch.demand.Demand;

/**
 * What the expert workflow tells matching about a stored demand: the items its enterprise
 * declined as not a fit or already solved (left out of its matches, in the candidate
 * query itself) and the items already recommended for it (marked on their match, for the
 * callers who may see the recommendations). The same declines apply in reverse: a supply
 * item's matches leave out the demands that declined it so
 * ({@link #excludedDemands(String)}). Implemented by {@code org.techmatch.expert}.
 */
public interface MatchFeedback {

	/** The feedback on {@code demand}, its marks as the current caller may see them. */
	default Feedback forDemand(Demand demand) {
		return seenBy(demand, recorded(demand));
	}

	/**
	 * All the feedback on {@code demand}, whoever asks (what its stored matches keep, see
	 * {@link MatchStore}).
	 */
	Recorded recorded(Demand demand);

	/**
	 * Of the feedback {@link #recorded} for {@code demand}, what the current caller sees.
	 */
	Feedback seenBy(Demand demand, Recorded recorded);

	/**
	 * {@link #recorded} of each of {@code demands}, by demand id; implementations read
	 * them all at once (this default reads one after the other).
	 */
	default Map<String, Recorded> recorded(List<Demand> demands) {
		Map<String, Recorded> recorded = new LinkedHashMap<>();
		for (Demand demand : demands) {
			recorded.put(demand.id(), recorded(demand));
		}
		return recorded;
	}

	/**
	 * The demands whose enterprise declined {@code supplyId} as not a fit or already
	 * solved (left out of that item's matches for everyone).
	 */
	Set<String> excludedDemands(String supplyId);

	/**
	 * @param excluded supply ids that must not match the demand
	 * @param recommended supply id → its recommendation, as the caller may see it
	 */
	record Feedback(Set<String> excluded, Map<String, RecommendationMark> recommended) {

		public static final Feedback NONE = new Feedback(Set.of(), Map.of());

	}

	/**
	 * Everything the workflow told matching about one demand.
	 *
	 * @param excluded supply ids that must not match the demand
	 * @param recommendations every recommendation of an item for it
	 */
	record Recorded(Set<String> excluded, List<RecordedMark> recommendations) {

		public static final Recorded NONE = new Recorded(Set.of(), List.of());

	}

	/**
	 * A recommendation as recorded, with who may see it.
	 *
	 * @param supplyId the recommended item
	 * @param mark what its match shows
	 * @param visibleToEnterprise whether the owning organisation's members see it (staff
	 * always do)
	 */
	record RecordedMark(String supplyId, RecommendationMark mark, boolean visibleToEnterprise) {
	}

	/**
	 * A recommendation of a matched item for the demand.
	 *
	 * @param recommendationId its id
	 * @param status where it stands (RecommendationStatus)
	 * @param expertName who recommended it
	 */
	record RecommendationMark(String recommendationId, String status, String expertName) {
	}

}
