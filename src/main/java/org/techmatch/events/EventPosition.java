package org.techmatch.events;

import java.time.Instant;
import java.util.Comparator;

/**
 * A place in the event log: the sort values {@code [occurredAt, id]} of an event, used as
 * {@code search_after}. {@link #at(Instant)} is the place just before every event of that
 * millisecond.
 *
 * @param occurredAt epoch milliseconds
 * @param id the event id, or {@code ""} for the start of the millisecond
 */
public record EventPosition(long occurredAt, String id) implements Comparable<EventPosition> {

	private static final Comparator<EventPosition> ORDER = Comparator.comparingLong(EventPosition::occurredAt)
		.thenComparing(EventPosition::id);

	/** Before every event logged at or after {@code instant}. */
	public static EventPosition at(Instant instant) {
		return new EventPosition(instant.toEpochMilli(), "");
	}

	@Override
	public int compareTo(EventPosition other) {
		return ORDER.compare(this, other);
	}

}
