package org.techmatch.events;

import java.time.Instant;

/**
 * An event as read back from the log: its id, when it was appended, and what happened.
 */
public record LoggedEvent(String id, Instant occurredAt, WorkflowEvent event) {

	/** Where this event sits in the log. */
	public EventPosition position() {
		return new EventPosition(this.occurredAt.toEpochMilli(), this.id);
	}

}
