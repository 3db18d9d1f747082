package org.techmatch.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Service;

/**
 * The workflow's event log, kept in Elasticsearch ({@code techmatch-events}) so that
 * every application instance sharing the cluster reads the same events. Appending writes
 * one document and makes it searchable at once; reading returns the events after a
 * {@link EventPosition}, in log order ({@code occurredAt}, then {@code id}).
 * <p>
 * Ids are {@code <epoch millis, 13 digits>-<instance>-<sequence>}: unique across
 * instances and, within one instance, in the order of appending. Across instances two
 * events of the same millisecond are ordered by instance; a reader that must not miss an
 * event appended late by another instance reads again a little before its last position
 * and skips what it has seen.
 */
@Service
public class EventLog {

	/** Largest page {@link #after} returns. */
	public static final int MAX_PAGE = 1000;

	private final EventRepository repository;

	private final ElasticsearchOperations operations;

	private final Clock clock;

	private final String instance = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private final AtomicLong sequence = new AtomicLong();

	public EventLog(EventRepository repository, ElasticsearchOperations operations) {
		this.repository = repository;
		this.operations = operations;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Appends {@code event}; it is visible to every instance's readers when this returns.
	 */
	public void append(WorkflowEvent event) {
		record(event);
	}

	/** Appends {@code event} and returns it as logged (with its id and time). */
	public LoggedEvent record(WorkflowEvent event) {
		EventDocument document = document(event);
		this.repository.save(document);
		return logged(document);
	}

	/** Appends several events in one request (a batch of matches after an import). */
	public List<LoggedEvent> appendAll(Collection<WorkflowEvent> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		List<EventDocument> documents = events.stream().map(this::document).toList();
		this.repository.saveAll(documents);
		return documents.stream().map(EventLog::logged).toList();
	}

	/**
	 * Up to {@code limit} (at most {@value #MAX_PAGE}) events logged after
	 * {@code position}, oldest first.
	 */
	public List<LoggedEvent> after(EventPosition position, int limit) {
		NativeQuery query = NativeQuery.builder()
			.withQuery((q) -> q.matchAll((m) -> m))
			.withSort(Sort.by(Sort.Order.asc("occurredAt"), Sort.Order.asc("id")))
			.withSearchAfter(List.of(position.occurredAt(), position.id()))
			.withMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)))
			.withTrackTotalHits(false)
			.build();
		List<LoggedEvent> events = new ArrayList<>();
		for (SearchHit<EventDocument> hit : this.operations.search(query, EventDocument.class)) {
			events.add(logged(hit.getContent()));
		}
		return events;
	}

	/** The position of the newest event, or of now when the log is empty. */
	public EventPosition head() {
		NativeQuery query = NativeQuery.builder()
			.withQuery((q) -> q.matchAll((m) -> m))
			.withSort(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))
			.withMaxResults(1)
			.withTrackTotalHits(false)
			.build();
		return this.operations.search(query, EventDocument.class)
			.stream()
			.findFirst()
			.map((hit) -> logged(hit.getContent()).position())
			.orElseGet(() -> EventPosition.at(this.clock.instant()));
	}

	private EventDocument document(WorkflowEvent event) {
		Instant now = this.clock.instant();
		String id = String.format("%013d-%s-%06d", now.toEpochMilli(), this.instance,
				this.sequence.incrementAndGet() % 1_000_000);
		return EventDocument.of(id, now.toString(), event);
	}

	private static LoggedEvent logged(EventDocument document) {
		return new LoggedEvent(document.getId(), Instant.parse(document.getOccurredAt()), document.toEvent());
	}

}
