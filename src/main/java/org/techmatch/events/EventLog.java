package org.techmatch.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Service;

import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.KeptIndex;
import org.techmatch.elastic.KeptIndices;

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
 * <p>
 * Old events are removed ({@link #removeOlderThan}, on a schedule by
 * {@link EventRetention}); readers only ever read from about now, and a position whose
 * event is gone still works as {@code search_after}.
 */
@Service
public class EventLog implements KeptIndex {

	/** Largest page {@link #after} returns. */
	public static final int MAX_PAGE = 1000;

	/** Events {@link #removeOlderThan} removes per request. */
	static final int REMOVE_BATCH = 1000;

	private final EventRepository repository;

	private final ElasticsearchOperations operations;

	private final ElasticsearchClient client;

	private final Clock clock;

	private final String instance = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	private final AtomicLong sequence = new AtomicLong();

	public EventLog(EventRepository repository, ElasticsearchOperations operations, ElasticsearchClient client) {
		this.repository = repository;
		this.operations = operations;
		this.client = client;
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

	/**
	 * Removes the events logged before {@code cutoff}, oldest first, in bulk requests of
	 * {@value #REMOVE_BATCH}, at most {@code maxEvents} (the rest at the next call).
	 * Idempotent: an event someone else removed meanwhile is skipped.
	 * @return how many events were removed
	 */
	public long removeOlderThan(Instant cutoff, long maxEvents) {
		long removed = 0;
		List<FieldValue> after = null;
		try {
			while (removed < maxEvents) {
				List<FieldValue> from = after;
				int size = (int) Math.min(REMOVE_BATCH, maxEvents - removed);
				SearchResponse<Void> page = this.client.search((s) -> {
					s.index(EventIndices.EVENTS.alias())
						.query((q) -> q.range((r) -> r.date((d) -> d.field("occurredAt").lt(cutoff.toString()))))
						.sort((o) -> o.field((f) -> f.field("occurredAt").order(SortOrder.Asc)))
						.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)))
						.size(size)
						.source((src) -> src.fetch(false))
						.trackTotalHits((t) -> t.enabled(false));
					return (from != null) ? s.searchAfter(from) : s;
				}, Void.class);
				List<Hit<Void>> hits = page.hits().hits();
				if (hits.isEmpty()) {
					break;
				}
				List<BulkOperation> deletes = hits.stream()
					.map((hit) -> BulkOperation.of((op) -> op.delete((d) -> d.index(hit.index()).id(hit.id()))))
					.toList();
				BulkResponse response = this.client.bulk((b) -> b.operations(deletes));
				for (BulkResponseItem item : response.items()) {
					if (item.error() != null && item.status() != 404) {
						throw new IllegalStateException("removing old events failed: " + item.error().reason());
					}
					if ("deleted".equals(item.result())) {
						removed++;
					}
				}
				if (hits.size() < size) {
					break;
				}
				after = hits.get(hits.size() - 1).sort();
			}
			return removed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	/** {@code techmatch-events}, made on start when missing ({@link KeptIndices}). */
	@Override
	public IndexDefinition keptIndex() {
		return EventIndices.EVENTS;
	}

}
