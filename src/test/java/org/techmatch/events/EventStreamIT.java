package org.techmatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.GraphQlSubscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared poller against the real event index: what another instance logs late is
 * still delivered, and nothing twice.
 */
class EventStreamIT extends ElasticsearchIntegrationTest {

	@Autowired
	private EventStream stream;

	@Autowired
	private EventLog eventLog;

	@Autowired
	private EventRepository repository;

	@Test
	@DisplayName("an event another instance logs late, stamped 1.5 s before the newest one delivered (its clock behind), is still delivered, once")
	void lateEventFromAnotherInstanceDeliveredOnce() throws InterruptedException {
		String demandId = "dem-stream-" + System.nanoTime();
		Queue<LoggedEvent> received = new ConcurrentLinkedQueue<>();
		Disposable subscription = this.stream.subscribe("stream-it", (event) -> demandId.equals(event.demandId()))
			.subscribe(received::add);
		try {
			// the stream delivers what is stamped from its start on: begin well before
			Thread.sleep(2500);
			LoggedEvent first = this.eventLog
				.record(WorkflowEvent.newMatch(demandId, "org-x", "ach-first", "logged on this instance"));
			await().atMost(GraphQlSubscriber.WAIT).until(() -> received.size() == 1);

			// another instance whose clock is 1.5 s behind writes its event only now
			Instant behind = first.occurredAt().minusMillis(1500);
			this.repository.save(EventDocument.of(String.format("%013d-otherone-000001", behind.toEpochMilli()),
					behind.toString(), WorkflowEvent.newMatch(demandId, "org-x", "ach-late", "logged late elsewhere")));
			await().atMost(GraphQlSubscriber.WAIT).until(() -> received.size() == 2);
			// several more polls: nothing is handed out twice
			Thread.sleep(2000);

			assertThat(received).extracting((event) -> event.event().supplyId())
				.containsExactly("ach-first", "ach-late");
		}
		finally {
			subscription.dispose();
		}
	}

	@Test
	@DisplayName("stopped and started again (a paused test context, a restarted lifecycle), the stream delivers to new subscribers")
	void restartable() {
		this.stream.stop();
		this.stream.start();
		String demandId = "dem-stream-restart-" + System.nanoTime();
		Queue<LoggedEvent> received = new ConcurrentLinkedQueue<>();
		Disposable subscription = this.stream.subscribe("stream-it", (event) -> demandId.equals(event.demandId()))
			.subscribe(received::add);
		try {
			this.eventLog.append(WorkflowEvent.newMatch(demandId, "org-x", "ach-restarted", "after a restart"));
			await().atMost(GraphQlSubscriber.WAIT).until(() -> !received.isEmpty());
			assertThat(received.peek().event().supplyId()).isEqualTo("ach-restarted");
		}
		finally {
			subscription.dispose();
		}
	}

	@Test
	@DisplayName("a subscription receives what is logged after it starts, not what was logged before")
	void noReplay() {
		String demandId = "dem-stream-replay-" + System.nanoTime();
		this.eventLog.append(WorkflowEvent.newMatch(demandId, "org-x", "ach-before", "before"));
		Queue<LoggedEvent> received = new ConcurrentLinkedQueue<>();
		await().atMost(GraphQlSubscriber.WAIT).until(() -> this.stream.subscribers() == 0);
		Disposable subscription = this.stream.subscribe("stream-it", (event) -> demandId.equals(event.demandId()))
			.subscribe(received::add);
		try {
			this.eventLog.append(WorkflowEvent.newMatch(demandId, "org-x", "ach-after", "after"));
			await().atMost(GraphQlSubscriber.WAIT).until(() -> !received.isEmpty());
			assertThat(List.copyOf(received)).extracting((event) -> event.event().supplyId())
				.containsExactly("ach-after");
		}
		finally {
			subscription.dispose();
		}
	}

}
