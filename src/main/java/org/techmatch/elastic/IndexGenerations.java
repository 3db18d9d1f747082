package org.techmatch.elastic;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.core.search.Hit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;

/**
 * The two ways a catalogue index changes, both all-or-nothing for readers:
 * {@link #replaceAll} builds a fresh generation from the given documents; {@link #apply}
 * clones the current generation and writes the changes into the clone. Either way the
 * alias moves only after the new generation's count is verified; on any failure the new
 * generation is deleted and the alias stays on the last complete one. Each runs under the
 * cluster-wide {@link ImportLock}, so no two processes build generations at once, and
 * first deletes the generations an earlier holder left unpublished (it died or failed:
 * had it been alive, it would still hold the lock). Live records (demands) are not
 * written this way but updated in place.
 */
@Service
public class IndexGenerations {

	private static final Log logger = LogFactory.getLog(IndexGenerations.class);

	private final IndexAdmin admin;

	private final BulkWriter writer;

	private final ImportLock lock;

	public IndexGenerations(IndexAdmin admin, BulkWriter writer, ImportLock lock) {
		this.admin = admin;
		this.writer = writer;
		this.lock = lock;
	}

	/** Replaces the whole content of the index with {@code documents}. */
	public <T> String replaceAll(IndexDefinition definition, Collection<T> documents, Function<T, String> idOf) {
		try (ImportLock.Lease lease = this.lock.acquire("replace " + definition.alias())) {
			this.admin.removeAbandonedGenerations(definition);
			String generation = this.admin.createGeneration(definition);
			return fill(definition, generation, documents, idOf, documents.size());
		}
	}

	/**
	 * Makes sure the index exists (an empty first generation behind its alias), so that
	 * writes never meet a missing index.
	 * @return whether it was created now
	 */
	public boolean ensureExists(IndexDefinition definition) {
		if (this.admin.currentGeneration(definition).isPresent()) {
			return false;
		}
		try (ImportLock.Lease lease = this.lock.acquire("create " + definition.alias())) {
			if (this.admin.currentGeneration(definition).isPresent()) {
				return false;
			}
			replaceAll(definition, java.util.List.of(), (document) -> "");
			return true;
		}
	}

	/**
	 * Deletes the generations of {@code definition} that no alias points at, if the
	 * import lock is free or its lease has expired (a live holder may be building one of
	 * them: then nothing is deleted).
	 * @return whether the lock could be taken and the clean-up ran
	 */
	public boolean removeAbandonedGenerations(IndexDefinition definition) {
		try (ImportLock.Lease lease = this.lock.tryAcquire("clean up " + definition.alias())) {
			if (lease == null) {
				logger.info("The import lock is held by another process: unpublished generations of "
						+ definition.alias() + " are left to it");
				return false;
			}
			this.admin.removeAbandonedGenerations(definition);
			return true;
		}
	}

	/**
	 * Writes {@code changed} (new and modified documents) over a copy of the current
	 * generation.
	 * @param created how many of them are new, i.e. by how much the count must grow
	 */
	public <T> String apply(IndexDefinition definition, Collection<T> changed, Function<T, String> idOf, long created) {
		try (ImportLock.Lease lease = this.lock.acquire("import into " + definition.alias())) {
			String current = this.admin.currentGeneration(definition).orElse(null);
			if (current == null) {
				return replaceAll(definition, changed, idOf);
			}
			this.admin.removeAbandonedGenerations(definition);
			long before = this.admin.count(current);
			String generation = this.admin.cloneGeneration(definition, current);
			return fill(definition, generation, changed, idOf, before + created);
		}
	}

	/**
	 * Rebuilds the current generation under the definition as it is now when it was made
	 * from an older one (a mapping or analysis change, such as term vectors added to a
	 * field), copying every document. Readers stay on the old generation until the copy's
	 * count is verified; nothing happens when the generation is current or absent.
	 * @return whether a new generation was published
	 */
	public boolean upgrade(IndexDefinition definition) {
		String current = this.admin.currentGeneration(definition).orElse(null);
		if (current == null || this.admin.isCurrent(definition, current)) {
			return false;
		}
		try (ImportLock.Lease lease = this.lock.acquire("upgrade " + definition.alias())) {
			current = this.admin.currentGeneration(definition).orElse(null);
			if (current == null || this.admin.isCurrent(definition, current)) {
				return false;
			}
			this.admin.removeAbandonedGenerations(definition);
			String source = current;
			// writes to the old generation (a demand edited through another instance) are
			// refused while it is copied, rather than acknowledged and then lost with it
			this.admin.blockWrites(source, true);
			try {
				long count = this.admin.count(source);
				logger.info(source + " was made from an older index definition: copying its " + count
						+ " documents into a new generation (writes to it are refused meanwhile)");
				String generation = this.admin.createGeneration(definition);
				publishOrDiscard(definition, generation, count, (progress) -> this.writer.write(generation,
						this.admin.scan(source), Hit::id, Hit::source, progress::written));
			}
			catch (RuntimeException ex) {
				this.admin.blockWrites(source, false);
				throw ex;
			}
			return true;
		}
	}

	private <T> String fill(IndexDefinition definition, String generation, Collection<T> documents,
			Function<T, String> idOf, long expectedCount) {
		return publishOrDiscard(definition, generation, expectedCount,
				(progress) -> this.writer.write(generation, documents, idOf, progress::written));
	}

	/**
	 * Writes the generation, then publishes it once it holds {@code expectedCount}; on
	 * any failure deletes it.
	 */
	private String publishOrDiscard(IndexDefinition definition, String generation, long expectedCount,
			Consumer<ProgressLog> write) {
		try {
			write.accept(new ProgressLog(generation, (int) expectedCount));
			this.lock.assertHeld();
			this.admin.publish(definition, generation, expectedCount);
			return generation;
		}
		catch (RuntimeException ex) {
			logger.warn("Discarding unpublished generation " + generation + ": " + ex.getMessage());
			this.admin.discard(generation);
			throw ex;
		}
	}

	/** Logs progress every tenth of the way. */
	private static final class ProgressLog {

		private final String generation;

		private final int total;

		private int lastTenth;

		ProgressLog(String generation, int total) {
			this.generation = generation;
			this.total = total;
		}

		synchronized void written(long count) {
			int tenth = (this.total == 0) ? 10 : (int) (count * 10 / this.total);
			if (tenth > this.lastTenth) {
				this.lastTenth = tenth;
				logger.info(this.generation + ": " + count + " / " + this.total + " documents indexed");
			}
		}

	}

}
