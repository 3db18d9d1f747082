package org.techmatch.expert;

/**
 * Where a recommendation (专家推荐) stands, from the expert's proposal to a contract or no
 * deal. {@link RecommendationTransitions} says which may follow which, and who moves it.
 */
public enum RecommendationStatus {

	/** Written by the expert; the enterprise does not see it yet. */
	PROPOSED,
	/** Sent to the enterprise, waiting for its answer. */
	SENT,
	/** The enterprise wants to talk to the supplier. */
	ACCEPTED,
	/** The enterprise declined it, with a reason. */
	DECLINED,
	/** The expert introduced the two sides. */
	CONTACTED,
	/** The two sides negotiate a contract. */
	NEGOTIATING,
	/** A technology contract was signed (the contract is recorded). */
	CONTRACTED,
	/** Ended without a contract, with a reason. */
	CLOSED_NO_DEAL;

	/** Whether the owning organisation's members see a recommendation in this status. */
	public boolean visibleToEnterprise() {
		return this != PROPOSED;
	}

	/** Whether nothing may follow. */
	public boolean terminal() {
		return this == DECLINED || this == CONTRACTED || this == CLOSED_NO_DEAL;
	}

}
