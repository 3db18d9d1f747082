package org.techmatch.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.elastic.PeriodicClaim;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.GraphQlSubscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Old events leave the real event index; recent ones and live subscribers stay. */
class EventRetentionIT extends ElasticsearchIntegrationTest {

	@Autowired
	private EventLog eventLog;

	@Autowired
	private EventRepository repository;

	@Autowired
	private EventStream stream;

	@Autowired
	private PeriodicClaim claims;

	@Test
	@DisplayName("events older than the retention (30 days) are removed, recent ones stay; a reader whose position was a removed event reads on from it; a live subscriber still receives new events; a second instance in the same interval removes nothing")
	void removesOldEventsKeepsRecentOnes() {
		String demandId = "dem-retention-" + System.nanoTime();
		Instant now = Instant.now();
		Queue<LoggedEvent> received = new ConcurrentLinkedQueue<>();
		Disposable subscription = this.stream.subscribe("retention-it", (event) -> demandId.equals(event.demandId()))
			.subscribe(received::add);
		try {
			List<EventDocument> old = List.of(logged(demandId, now.minus(40, ChronoUnit.DAYS), "forty-days"),
					logged(demandId, now.minus(31, ChronoUnit.DAYS), "thirty-one-days"),
					logged(demandId, now.minus(30, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS), "thirty-days"));
			List<EventDocument> recent = List.of(logged(demandId, now.minus(29, ChronoUnit.DAYS), "twenty-nine-days"),
					logged(demandId, now.minus(1, ChronoUnit.DAYS), "yesterday"));
			LoggedEvent today = this.eventLog.record(WorkflowEvent.newMatch(demandId, "org-x", "ach-today", "today"));
			String task = "event-retention-it-" + System.nanoTime();

			long removed = retention(task).runOnce();

			assertThat(removed).isGreaterThanOrEqualTo(old.size());
			assertThat(old)
				.allSatisfy((e) -> assertThat(this.repository.existsById(e.getId())).as(e.getId()).isFalse());
			assertThat(recent)
				.allSatisfy((e) -> assertThat(this.repository.existsById(e.getId())).as(e.getId()).isTrue());
			assertThat(this.repository.existsById(today.id())).isTrue();
			// another instance asking in the same interval does not get the turn
			assertThat(retention(task).runOnce()).isEqualTo(-1);
			// a reader positioned on a removed event (search_after) reads on from there
			EventDocument newestRemoved = old.get(2);
			EventPosition position = new EventPosition(Instant.parse(newestRemoved.getOccurredAt()).toEpochMilli(),
					newestRemoved.getId());
			assertThat(this.eventLog.after(position, 1)).extracting(LoggedEvent::id)
				.containsExactly(recent.get(0).getId());
			// the live stream goes on
			this.eventLog.append(WorkflowEvent.newMatch(demandId, "org-x", "ach-after", "after the removal"));
			await().atMost(GraphQlSubscriber.WAIT)
				.until(() -> received.stream().anyMatch((e) -> "ach-after".equals(e.event().supplyId())));
		}
		finally {
			subscription.dispose();
		}
	}

	private EventRetention retention(String task) {
		return new EventRetention(this.eventLog, this.claims, Duration.ofDays(30), Duration.ofHours(1), task,
				Clock.systemUTC());
	}

	/** An event as an instance logged it at {@code at}. */
	private EventDocument logged(String demandId, Instant at, String label) {
		EventDocument document = EventDocument.of(
				String.format("%013d-retentit-%06d", at.toEpochMilli(), label.length()), at.toString(),
				WorkflowEvent.newMatch(demandId, "org-x", "ach-" + label, label));
		return this.repository.save(document);
	}

}
