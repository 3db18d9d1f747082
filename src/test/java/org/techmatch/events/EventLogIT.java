package org.techmatch.events;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class EventLogIT extends ElasticsearchIntegrationTest {

	@Autowired
	private EventLog eventLog;

	@Test
	@DisplayName("appended events are read back after a position, in the order they were appended")
	void appendsAndReadsInOrder() {
		EventPosition start = this.eventLog.head();
		this.eventLog.append(WorkflowEvent.demandSubmitted("d-log-1", "org-1"));
		this.eventLog.append(WorkflowEvent.recommendationSent("d-log-1", "org-1", "r-1", "a-1", "note 1"));
		this.eventLog.appendAll(List.of(WorkflowEvent.newMatch("d-log-1", "org-1", "a-2", "score 9.5"),
				WorkflowEvent.newMatch("d-log-2", "org-2", "a-2", "score 8.1")));

		List<LoggedEvent> read = this.eventLog.after(start, 100);

		assertThat(read).extracting(LoggedEvent::event)
			.containsExactly(WorkflowEvent.demandSubmitted("d-log-1", "org-1"),
					WorkflowEvent.recommendationSent("d-log-1", "org-1", "r-1", "a-1", "note 1"),
					WorkflowEvent.newMatch("d-log-1", "org-1", "a-2", "score 9.5"),
					WorkflowEvent.newMatch("d-log-2", "org-2", "a-2", "score 8.1"));
		assertThat(this.eventLog.after(read.get(1).position(), 100)).hasSize(2);
		assertThat(this.eventLog.after(read.get(3).position(), 100)).isEmpty();
		assertThat(this.eventLog.head()).isEqualTo(read.get(3).position());
		assertThat(read.get(0).occurredAt()).isBefore(Instant.now().plusSeconds(1));
	}

}
