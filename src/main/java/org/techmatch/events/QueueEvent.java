package org.techmatch.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What a {@code queueEvents} subscriber receives: a demand submitted, claimed or
 * released.
 */
public record QueueEvent(String id, EventType type, String demandId, String organisationId, String note,
		OffsetDateTime occurredAt) {

	static QueueEvent of(LoggedEvent logged) {
		WorkflowEvent event = logged.event();
		return new QueueEvent(logged.id(), event.type(), event.demandId(), event.organisationId(), event.note(),
				logged.occurredAt().atOffset(ZoneOffset.UTC));
	}

}
