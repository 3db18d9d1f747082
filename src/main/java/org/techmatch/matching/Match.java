package org.techmatch.matching;

import java.util.List;

/** A supply item (Achievement or Capability) matched to a need, with its score and reasons. */
public record Match(double score, Object item, List<MatchReason> reasons) {

}
