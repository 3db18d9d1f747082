package org.techmatch.matching;

import java.util.List;

import org.techmatch.catalog.SupplyItem;

/**
 * A supply item (Achievement or Capability) matched to a need, with its score and
 * reasons.
 */
public record Match(double score, SupplyItem item, List<MatchReason> reasons) {

}
