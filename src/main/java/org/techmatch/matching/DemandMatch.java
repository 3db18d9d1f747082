package org.techmatch.matching;

import java.util.List;

import org.techmatch.demand.Demand;

/** An open demand a supply item could serve, with its score and reasons. */
public record DemandMatch(double score, Demand demand, List<MatchReason> reasons) {

}
