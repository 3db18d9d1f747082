package org.techmatch.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What a {@code demandEvents} subscriber receives: a recommendation sent or changed, or a
 * new match, for the demand it follows.
 */
public record DemandEvent(String id, EventType type, String demandId, String recommendationId, String supplyId,
		String status, String note, OffsetDateTime occurredAt) {

	static DemandEvent of(LoggedEvent logged) {
		WorkflowEvent event = logged.event();
		return new DemandEvent(logged.id(), event.type(), event.demandId(), event.recommendationId(), event.supplyId(),
				event.status(), event.note(), logged.occurredAt().atOffset(ZoneOffset.UTC));
	}

}
