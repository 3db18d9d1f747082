package org.techmatch.elastic;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.core.search.Hit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;

/**
 * The two ways a platform index changes, both all-or-nothing for readers:
 * {@link #replaceAll} builds a fresh generation from the given documents; {@link #apply}
 * clones the current generation and writes the changes into the clone. Either way the
 * alias moves only after the new generation's count is verified; on any failure the new
 * generation is deleted and the alias stays on the last complete one.
 */
@Service
public class IndexGenerations {

	private static final Log logger = LogFactory.getLog(IndexGenerations.class);

	private final IndexAdmin admin;

	private final BulkWriter writer;

	public IndexGenerations(IndexAdmin admin, BulkWriter writer) {
		this.admin = admin;
		this.writer = writer;
	}

	/** Replaces the whole content of the index with {@code documents}. */
	public <T> String replaceAll(IndexDefinition definition, Collection<T> documents, Function<T, String> idOf) {
		String generation = this.admin.createGeneration(definition);
		return fill(definition, generation, documents, idOf, documents.size());
	}

	/**
	 * Writes {@code changed} (new and modified documents) over a copy of the current
	 * generation.
	 * @param created how many of them are new, i.e. by how much the count must grow
	 */
	public <T> String apply(IndexDefinition definition, Collection<T> changed, Function<T, String> idOf, long created) {
		String current = this.admin.currentGeneration(definition).orElse(null);
		if (current == null) {
			return replaceAll(definition, changed, idOf);
		}
		long before = this.admin.count(current);
		String generation = this.admin.cloneGeneration(definition, current);
		return fill(definition, generation, changed, idOf, before + created);
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
		long count = this.admin.count(current);
		logger.info(current + " was made from an older index definition: copying its " + count
				+ " documents into a new generation");
		String generation = this.admin.createGeneration(definition);
		publishOrDiscard(definition, generation, count, (progress) -> this.writer.write(generation,
				this.admin.scan(current), Hit::id, Hit::source, progress::written));
		return true;
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
