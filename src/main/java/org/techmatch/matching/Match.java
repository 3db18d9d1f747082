package org.techmatch.matching;

import java.util.List;

import org.techmatch.catalog.SupplyItem;
import org.techmatch.matching.MatchFeedback.RecommendationMark;

/**
 * A supply item (Achievement or Capability) matched to a need, with its score and
 * reasons, and its recommendation for the demand when an expert recommended it (null
 * otherwise, and for callers who may not see the demand's recommendations).
 */
public record Match(double score, SupplyItem item, List<MatchReason> reasons, RecommendationMark recommendation) {

	public Match(double score, SupplyItem item, List<MatchReason> reasons) {
		this(score, item, reasons, null);
	}

}
