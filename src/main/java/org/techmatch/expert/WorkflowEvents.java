package org.techmatch.expert;

import org.springframework.stereotype.Component;

import org.techmatch.demand.Demand;

/**
 * What the workflow tells the live events ({@code org.techmatch.events}): a
 * recommendation sent or changed, a demand claimed or released. Called after the write
 * succeeded.
 */
@Component
public class WorkflowEvents {

	/** A recommendation reached SENT. */
	public void sent(Recommendation recommendation) {
	}

	/** A recommendation moved after it was sent (answered, advanced, closed). */
	public void changed(Recommendation recommendation) {
	}

	/** An expert claimed the demand. */
	public void claimed(Demand demand) {
	}

	/** The demand's expert gave it back. */
	public void released(Demand demand) {
	}

}
