package org.techmatch.expert;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

import org.techmatch.demand.Demand;
import org.techmatch.events.EventLog;
import org.techmatch.events.WorkflowEvent;

/**
 * What the workflow tells the live events ({@link EventLog}, read by the subscriptions):
 * a recommendation sent or changed, a demand claimed or released. Called after the write
 * succeeded; an event that cannot be appended is logged and the change stands (it is
 * already stored).
 */
@Component
public class WorkflowEvents {

	private static final Log logger = LogFactory.getLog(WorkflowEvents.class);

	private final EventLog eventLog;

	public WorkflowEvents(EventLog eventLog) {
		this.eventLog = eventLog;
	}

	/** A recommendation reached SENT (RECOMMENDATION_SENT, with the expert's note). */
	public void sent(Recommendation recommendation) {
		append(WorkflowEvent.recommendationSent(recommendation.getDemandId(), recommendation.getOrganisationId(),
				recommendation.getId(), recommendation.getSupplyId(), recommendation.getNote()));
	}

	/**
	 * A recommendation moved after it was sent: answered, advanced, closed
	 * (RECOMMENDATION_CHANGED, with the reason given, if any).
	 */
	public void changed(Recommendation recommendation) {
		Object reason = (recommendation.getDeclineReason() != null) ? recommendation.getDeclineReason()
				: recommendation.getCloseReason();
		append(WorkflowEvent.recommendationChanged(recommendation.getDemandId(), recommendation.getOrganisationId(),
				recommendation.getId(), recommendation.getSupplyId(), recommendation.getStatus().name(),
				(reason != null) ? reason.toString() : null));
	}

	/** An expert claimed the demand (DEMAND_CLAIMED). */
	public void claimed(Demand demand) {
		append(WorkflowEvent.demandClaimed(demand.id(), demand.organisationId(),
				(demand.assignment() != null) ? demand.assignment().expertId() : null));
	}

	/** The demand's expert gave it back (DEMAND_RELEASED). */
	public void released(Demand demand) {
		append(WorkflowEvent.demandReleased(demand.id(), demand.organisationId(), null));
	}

	private void append(WorkflowEvent event) {
		try {
			this.eventLog.append(event);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not log " + event.type() + " of " + event.demandId() + ": " + ex.getMessage());
		}
	}

}
