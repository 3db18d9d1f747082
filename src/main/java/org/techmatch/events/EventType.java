package org.techmatch.events;

/**
 * What happened in the expert workflow. Demand events ({@code demandEvents}) are
 * {@link #RECOMMENDATION_SENT}, {@link #RECOMMENDATION_CHANGED} and {@link #NEW_MATCH};
 * queue events ({@code queueEvents}) are {@link #DEMAND_SUBMITTED} and
 * {@link #DEMAND_RELEASED} ({@link #DEMAND_CLAIMED} is logged for the queue too).
 */
public enum EventType {

	/** An enterprise submitted a demand: it enters the experts' queue. */
	DEMAND_SUBMITTED,

	/** The expert who held a demand released it: it is back in the queue. */
	DEMAND_RELEASED,

	/** An expert claimed a demand. */
	DEMAND_CLAIMED,

	/** An expert sent a recommendation to the enterprise. */
	RECOMMENDATION_SENT,

	/** A sent recommendation changed status (answered, contacted, contracted, closed). */
	RECOMMENDATION_CHANGED,

	/**
	 * A new or imported supply item matches an open demand above its threshold.
	 */
	NEW_MATCH;

	/** Whether subscribers of {@code demandEvents} receive this kind. */
	public boolean isDemandEvent() {
		return this == RECOMMENDATION_SENT || this == RECOMMENDATION_CHANGED || this == NEW_MATCH;
	}

	/** Whether subscribers of {@code queueEvents} receive this kind. */
	public boolean isQueueEvent() {
		return this == DEMAND_SUBMITTED || this == DEMAND_RELEASED || this == DEMAND_CLAIMED;
	}

}
