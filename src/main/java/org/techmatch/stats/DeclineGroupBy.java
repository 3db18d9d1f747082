package org.techmatch.stats;

/** Whose declines declineStats counts. */
public enum DeclineGroupBy {

	/** Per recommended achievement or capability. */
	SUPPLY_ITEM,
	/** Per expert who recommended. */
	EXPERT

}
