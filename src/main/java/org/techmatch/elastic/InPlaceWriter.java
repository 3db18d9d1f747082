package org.techmatch.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import org.springframework.stereotype.Component;

/**
 * Conditional bulk writes into a live index (demands; any record users edit while a batch
 * arrives): each document is created only if its id is still free, or replaces exactly
 * the revision ({@code _seq_no}, {@code _primary_term}) it was decided on. A record
 * changed by someone else in between is left as it is and comes back as
 * {@link Result#CONFLICT}, never overwritten. Batches of {@value #BATCH_SIZE}, one
 * request at a time; the index is refreshed at the end.
 */
@Component
public class InPlaceWriter {

	static final int BATCH_SIZE = 500;

	private final ElasticsearchClient client;

	public InPlaceWriter(ElasticsearchClient client) {
		this.client = client;
	}

	/**
	 * One document to write.
	 *
	 * @param id its id
	 * @param document its source
	 * @param seqNo the revision it replaces; null: it is new (created only if the id is
	 * free)
	 * @param primaryTerm the primary term of that revision
	 */
	public record Upsert(String id, Object document, Long seqNo, Long primaryTerm) {

		public static Upsert create(String id, Object document) {
			return new Upsert(id, document, null, null);
		}

		public static Upsert replace(String id, Object document, long seqNo, long primaryTerm) {
			return new Upsert(id, document, seqNo, primaryTerm);
		}

	}

	/** What became of one upsert. */
	public enum Result {

		WRITTEN,

		/**
		 * The id was taken, or the revision replaced, by another writer meanwhile;
		 * nothing written.
		 */
		CONFLICT,

		/** Refused for another reason (see the outcome's reason). */
		FAILED

	}

	/** One upsert's result, with Elasticsearch's reason when not written. */
	public record Outcome(Result result, String reason) {
	}

	/**
	 * Writes the upserts into {@code index} (an alias pointing at one index is fine).
	 * @return one outcome per upsert, in their order
	 * @throws BulkWriteException when a whole request failed (the cluster unreachable):
	 * the batches before it are written, the rest not; writing the same upserts again is
	 * safe
	 */
	public List<Outcome> write(String index, List<Upsert> upserts) {
		List<Outcome> outcomes = new ArrayList<>(upserts.size());
		for (int from = 0; from < upserts.size(); from += BATCH_SIZE) {
			List<Upsert> batch = upserts.subList(from, Math.min(upserts.size(), from + BATCH_SIZE));
			BulkResponse response;
			try {
				response = this.client
					.bulk((b) -> b.operations(batch.stream().map((u) -> operation(index, u)).toList()));
			}
			catch (IOException | ElasticsearchException ex) {
				throw new BulkWriteException(index, upserts.size() - from,
						List.of("request failed after " + from + " of " + upserts.size() + " documents: " + ex));
			}
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					outcomes.add(new Outcome(Result.WRITTEN, null));
				}
				else if (item.status() == 409) {
					outcomes.add(new Outcome(Result.CONFLICT, item.error().reason()));
				}
				else {
					outcomes.add(new Outcome(Result.FAILED, item.error().type() + ": " + item.error().reason()));
				}
			}
		}
		try {
			this.client.indices().refresh((r) -> r.index(index));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return outcomes;
	}

	private static BulkOperation operation(String index, Upsert upsert) {
		if (upsert.seqNo() == null) {
			return BulkOperation
				.of((op) -> op.create((c) -> c.index(index).id(upsert.id()).document(upsert.document())));
		}
		return BulkOperation.of((op) -> op.index((i) -> i.index(index)
			.id(upsert.id())
			.document(upsert.document())
			.ifSeqNo(upsert.seqNo())
			.ifPrimaryTerm(upsert.primaryTerm())));
	}

}
