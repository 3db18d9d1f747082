package org.techmatch.demand;

import java.util.Set;

/**
 * Where a demand stands: open for matching, being matched or negotiated, contracted, or
 * closed.
 */
public enum DemandStatus {

	OPEN, MATCHING, IN_NEGOTIATION, CONTRACTED, CLOSED;

	/**
	 * Statuses in which a demand still looks for supply (reverse matching only offers
	 * these).
	 */
	public static final Set<DemandStatus> SEEKING = Set.of(OPEN, MATCHING);

}
