package org.techmatch.events;

import org.techmatch.elastic.IndexDefinition;

/**
 * The workflow event index behind its alias {@code techmatch-events}, made from
 * {@code elastic/indices/events.json}.
 */
public final class EventIndices {

	public static final IndexDefinition EVENTS = IndexDefinition.of("events");

	private EventIndices() {
	}

}
