package org.techmatch.elastic;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import org.springframework.stereotype.Component;

/**
 * Writes documents into one concrete index with the client's {@link BulkIngester}:
 * batches of {@value #BATCH_SIZE} documents, two requests in flight. Every failed item is
 * collected; {@link #write} fails if any.
 */
@Component
public class BulkWriter {

	static final int BATCH_SIZE = 1000;

	private final ElasticsearchClient client;

	public BulkWriter(ElasticsearchClient client) {
		this.client = client;
	}

	/**
	 * Indexes {@code documents} (create or overwrite by id) into {@code index}.
	 * @param progress told the running count of acknowledged documents after each batch
	 * @return the number of documents written
	 * @throws BulkWriteException when any document was refused or a request failed
	 */
	public <T> long write(String index, Iterable<T> documents, Function<T, String> idOf, LongConsumer progress) {
		return write(index, documents, idOf, Function.identity(), progress);
	}

	/**
	 * {@link #write(String, Iterable, Function, LongConsumer)} of items that carry their
	 * document ({@code sourceOf}).
	 */
	public <T> long write(String index, Iterable<T> items, Function<T, String> idOf, Function<T, ?> sourceOf,
			LongConsumer progress) {
		Outcome outcome = new Outcome(progress);
		try (BulkIngester<Void> ingester = BulkIngester.of((b) -> b.client(this.client)
			.maxOperations(BATCH_SIZE)
			.maxSize(8L * 1024 * 1024)
			.maxConcurrentRequests(2)
			.listener(outcome))) {
			for (T item : items) {
				ingester
					.add((op) -> op.index((i) -> i.index(index).id(idOf.apply(item)).document(sourceOf.apply(item))));
			}
		}
		if (!outcome.failures.isEmpty()) {
			throw new BulkWriteException(index, outcome.failureCount.get(), outcome.failures);
		}
		return outcome.written.get();
	}

	private static final class Outcome implements BulkListener<Void> {

		private final AtomicLong written = new AtomicLong();

		private final AtomicLong failureCount = new AtomicLong();

		private final List<String> failures = new CopyOnWriteArrayList<>();

		private final LongConsumer progress;

		Outcome(LongConsumer progress) {
			this.progress = progress;
		}

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
			long ok = 0;
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					ok++;
				}
				else {
					failed(item.id() + ": " + item.error().type() + " " + item.error().reason());
				}
			}
			this.progress.accept(this.written.addAndGet(ok));
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
			for (int i = 0; i < request.operations().size(); i++) {
				failed("request failed: " + failure);
			}
		}

		private void failed(String reason) {
			if (this.failureCount.incrementAndGet() <= 20) {
				this.failures.add(reason);
			}
		}

	}

}
