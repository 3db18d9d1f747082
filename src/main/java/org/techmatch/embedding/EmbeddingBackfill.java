package org.techmatch.embedding;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Gives every record of the {@link EmbeddingTarget targets} a vector, in the background:
 * records whose {@code embedding} field does not name the current model (new imports, the
 * demo corpus, a generation rebuilt under a new definition, vectors of an older model)
 * are read in batches, embedded, and updated in place with {@code vector} and
 * {@code embedding}. It looks again every {@code techmatch.embedding.backfill-interval}
 * and works until nothing is missing; matching ranks items that have no vector yet by
 * their text alone. Nothing is embedded twice: a record keeps its vector until it is
 * written again.
 */
public class EmbeddingBackfill implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EmbeddingBackfill.class);

	static final int BATCH = 64;

	private final ElasticsearchClient client;

	private final EmbeddingTexts texts;

	private final List<EmbeddingTarget> targets;

	private final Duration interval;

	private final boolean background;

	private volatile Thread worker;

	private volatile boolean running;

	public EmbeddingBackfill(ElasticsearchClient client, EmbeddingTexts texts, List<EmbeddingTarget> targets,
			Duration interval, boolean background) {
		this.client = client;
		this.texts = texts;
		this.targets = targets;
		this.interval = interval;
		this.background = background;
	}

	/**
	 * Embeds every record that lacks a vector now, in the caller's thread, and makes them
	 * visible to search.
	 * @return how many records were given a vector
	 */
	public synchronized long embedMissing() {
		if (!this.texts.enabled()) {
			return 0;
		}
		long total = 0;
		for (EmbeddingTarget target : this.targets) {
			total += embedAll(target);
		}
		return total;
	}

	/**
	 * Embeds the records of one index that lack a vector (benchmarks and tests give their
	 * own indices vectors).
	 * @return how many records were given a vector
	 */
	public synchronized long embedMissing(EmbeddingTarget target) {
		if (!this.texts.enabled()) {
			return 0;
		}
		return embedAll(target);
	}

	private long embedAll(EmbeddingTarget target) {
		long done = 0;
		long started = System.nanoTime();
		while (true) {
			List<Hit<Map<String, Object>>> hits = missing(target);
			if (hits.isEmpty()) {
				break;
			}
			List<BulkOperation> updates = new ArrayList<>();
			for (Hit<Map<String, Object>> hit : hits) {
				Optional<float[]> vector = target.text().vector((hit.source() != null) ? hit.source() : Map.of());
				Map<String, Object> fields = vector
					.<Map<String, Object>>map(
							(v) -> Map.of("vector", Vectors.encode(v), "embedding", this.texts.modelId()))
					// nothing to embed (no text): marked, so that it is not read again
					.orElseGet(() -> Map.of("embedding", this.texts.modelId()));
				updates.add(BulkOperation.of((op) -> op.update((u) -> u.index(hit.index())
					.id(hit.id())
					.ifSeqNo(hit.seqNo())
					.ifPrimaryTerm(hit.primaryTerm())
					.action((a) -> a.doc(fields)))));
			}
			done += write(updates);
			refresh(target);
		}
		if (done > 0) {
			logger.info(target.kind() + ": " + done + " vectors made in " + (System.nanoTime() - started) / 1_000_000
					+ " ms");
		}
		return done;
	}

	private List<Hit<Map<String, Object>>> missing(EmbeddingTarget target) {
		try {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			SearchResponse<Map<String, Object>> response = (SearchResponse) this.client
				.search((s) -> s.index(target.alias())
					.ignoreUnavailable(true)
					.allowNoIndices(true)
					.size(BATCH)
					.seqNoPrimaryTerm(true)
					.source((src) -> src.filter((f) -> f.includes(target.sourceFields())))
					.query((q) -> q
						.bool((b) -> b.mustNot((m) -> m.term((t) -> t.field("embedding").value(this.texts.modelId())))))
					.sort((o) -> o.doc((d) -> d)), Map.class);
			return response.hits().hits();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Updates that lost a race with a newer write are dropped: the next pass reads the
	 * record again.
	 */
	private long write(List<BulkOperation> updates) {
		try {
			BulkResponse response = this.client.bulk((b) -> b.operations(updates));
			return response.items().stream().filter((item) -> item.error() == null).count();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void refresh(EmbeddingTarget target) {
		try {
			this.client.indices().refresh((r) -> r.index(target.alias()).ignoreUnavailable(true).allowNoIndices(true));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public void start() {
		this.running = true;
		if (!this.background) {
			return;
		}
		Thread thread = new Thread(this::loop, "embedding-backfill");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		this.worker = thread;
		thread.start();
	}

	private void loop() {
		while (this.running) {
			try {
				embedMissing();
			}
			catch (ElasticsearchException | java.io.UncheckedIOException | IllegalStateException ex) {
				logger.debug("Embedding backfill pass failed; trying again later", ex);
			}
			try {
				Thread.sleep(this.interval.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the local node (if any) has started and the indices are in place. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 3000;
	}

}
