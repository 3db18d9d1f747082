package org.techmatch.events;

import java.util.Objects;

/**
 * One event of the expert workflow, as appended to the {@link EventLog}. Fields that do
 * not apply to a type are {@code null}.
 *
 * @param type what happened
 * @param demandId the demand it concerns (always set)
 * @param organisationId the organisation owning that demand (who may follow it), when
 * known
 * @param recommendationId the recommendation, for recommendation events
 * @param supplyId the supply item ({@code a-…} / {@code c-…}), for recommendation and
 * match events
 * @param status the recommendation's status after the change, for recommendation events
 * @param note free text shown to subscribers (the expert's note, a decline reason, the
 * match score)
 */
public record WorkflowEvent(EventType type, String demandId, String organisationId, String recommendationId,
		String supplyId, String status, String note) {

	public WorkflowEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(demandId, "demandId");
	}

	/** An enterprise submitted {@code demandId}. */
	public static WorkflowEvent demandSubmitted(String demandId, String organisationId) {
		return new WorkflowEvent(EventType.DEMAND_SUBMITTED, demandId, organisationId, null, null, null, null);
	}

	/** The expert holding {@code demandId} released it, with an optional note. */
	public static WorkflowEvent demandReleased(String demandId, String organisationId, String note) {
		return new WorkflowEvent(EventType.DEMAND_RELEASED, demandId, organisationId, null, null, null, note);
	}

	/** An expert claimed {@code demandId}; the note names the expert (account id). */
	public static WorkflowEvent demandClaimed(String demandId, String organisationId, String expertId) {
		return new WorkflowEvent(EventType.DEMAND_CLAIMED, demandId, organisationId, null, null, null, expertId);
	}

	/** A recommendation of {@code supplyId} for {@code demandId} was sent. */
	public static WorkflowEvent recommendationSent(String demandId, String organisationId, String recommendationId,
			String supplyId, String note) {
		return new WorkflowEvent(EventType.RECOMMENDATION_SENT, demandId, organisationId, recommendationId, supplyId,
				"SENT", note);
	}

	/** A recommendation moved to {@code status}. */
	public static WorkflowEvent recommendationChanged(String demandId, String organisationId, String recommendationId,
			String supplyId, String status, String note) {
		return new WorkflowEvent(EventType.RECOMMENDATION_CHANGED, demandId, organisationId, recommendationId, supplyId,
				status, note);
	}

	/**
	 * {@code supplyId}, new or imported, matches {@code demandId} above its threshold.
	 */
	public static WorkflowEvent newMatch(String demandId, String organisationId, String supplyId, String note) {
		return new WorkflowEvent(EventType.NEW_MATCH, demandId, organisationId, null, supplyId, null, note);
	}

}
