package org.techmatch.catalog.demo;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.catalog.CatalogIndices;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;

/**
 * On start, once the cluster is up: deletes generations a crashed load left behind, and
 * loads the deterministic demo corpus (11,000 achievements, 587 capability listings) into
 * any catalogue index that does not exist yet, in the background so the API answers
 * meanwhile (readers see no catalogue, then the complete one: the alias appears only when
 * the generation is verified). An index that exists is left alone, so restarts never
 * duplicate. Off with {@code techmatch.demo.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "techmatch.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoCorpusLoader implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DemoCorpusLoader.class);

	private final IndexAdmin indexAdmin;

	private final IndexGenerations generations;

	private final IndustrialChainTaxonomy taxonomy;

	private final AchievementDocumentMapper achievementMapper;

	private final CapabilityDocumentMapper capabilityMapper;

	private volatile boolean running;

	private final CompletableFuture<Void> loaded = new CompletableFuture<>();

	public DemoCorpusLoader(IndexAdmin indexAdmin, IndexGenerations generations, IndustrialChainTaxonomy taxonomy,
			AchievementDocumentMapper achievementMapper, CapabilityDocumentMapper capabilityMapper) {
		this.indexAdmin = indexAdmin;
		this.generations = generations;
		this.taxonomy = taxonomy;
		this.achievementMapper = achievementMapper;
		this.capabilityMapper = capabilityMapper;
	}

	@Override
	public void start() {
		boolean achievements = needsLoading(CatalogIndices.ACHIEVEMENTS);
		boolean capabilities = needsLoading(CatalogIndices.CAPABILITIES);
		if (achievements || capabilities) {
			Thread loader = new Thread(() -> load(achievements, capabilities), "demo-corpus-loader");
			loader.setDaemon(true);
			loader.start();
		}
		else {
			this.loaded.complete(null);
		}
		this.running = true;
	}

	/** Completes when the demo corpus is in place (at once when it already was). */
	public CompletableFuture<Void> loaded() {
		return this.loaded;
	}

	private void load(boolean achievements, boolean capabilities) {
		try {
			long started = System.nanoTime();
			DemoCorpusGenerator generator = new DemoCorpusGenerator(this.taxonomy, DemoCorpusGenerator.DEFAULT_SEED);
			if (achievements) {
				List<AchievementDocument> documents = generator.achievements()
					.stream()
					.map(this.achievementMapper::toDocument)
					.toList();
				logger.info("Loading the demo corpus: " + documents.size() + " achievements");
				this.generations.replaceAll(CatalogIndices.ACHIEVEMENTS, documents, AchievementDocument::id);
			}
			if (capabilities) {
				List<CapabilityDocument> documents = generator.capabilities()
					.stream()
					.map(this.capabilityMapper::toDocument)
					.toList();
				logger.info("Loading the demo corpus: " + documents.size() + " capability listings");
				this.generations.replaceAll(CatalogIndices.CAPABILITIES, documents, CapabilityDocument::id);
			}
			logger.info("Demo corpus loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
			this.loaded.complete(null);
		}
		catch (RuntimeException ex) {
			logger.error("Loading the demo corpus failed; it is retried on the next start", ex);
			this.loaded.completeExceptionally(ex);
		}
	}

	private boolean needsLoading(IndexDefinition definition) {
		this.generations.removeAbandonedGenerations(definition);
		if (this.indexAdmin.currentGeneration(definition).isPresent()) {
			logger.info(definition.alias() + " exists: demo corpus not loaded");
			return false;
		}
		return true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the local node (if any) has started. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 2000;
	}

}
