package org.techmatch.demand;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.demand.demo.DemoDemandGenerator;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexGenerations;

/**
 * On start, after the catalogue is loaded and before the API opens: makes sure
 * {@code techmatch-demands} exists (so no write ever auto-creates an index with a guessed
 * mapping), filled with the ~300 demo demands when {@code techmatch.demo.enabled} (the
 * default), empty otherwise. An existing index is left alone.
 */
@Component
public class DemandIndexLoader implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DemandIndexLoader.class);

	private final IndexAdmin indexAdmin;

	private final IndexGenerations generations;

	private final IndustrialChainTaxonomy taxonomy;

	private final DemandDocumentMapper mapper;

	private final boolean demo;

	private volatile boolean running;

	public DemandIndexLoader(IndexAdmin indexAdmin, IndexGenerations generations, IndustrialChainTaxonomy taxonomy,
			DemandDocumentMapper mapper, @Value("${techmatch.demo.enabled:true}") boolean demo) {
		this.indexAdmin = indexAdmin;
		this.generations = generations;
		this.taxonomy = taxonomy;
		this.mapper = mapper;
		this.demo = demo;
	}

	@Override
	public void start() {
		this.generations.removeAbandonedGenerations(DemandIndices.DEMANDS);
		if (this.indexAdmin.currentGeneration(DemandIndices.DEMANDS).isPresent()) {
			logger.info(DemandIndices.DEMANDS.alias() + " exists: demo demands not loaded");
		}
		else {
			List<DemandDocument> documents = this.demo ? demoDemands() : List.of();
			logger.info("Creating " + DemandIndices.DEMANDS.alias() + " with " + documents.size() + " demo demands");
			this.generations.replaceAll(DemandIndices.DEMANDS, documents, DemandDocument::id);
		}
		this.running = true;
	}

	private List<DemandDocument> demoDemands() {
		DemoCorpusGenerator corpus = new DemoCorpusGenerator(this.taxonomy, DemoCorpusGenerator.DEFAULT_SEED);
		return new DemoDemandGenerator(corpus.topics(), this.taxonomy, DemoDemandGenerator.DEFAULT_SEED).demands()
			.stream()
			.map(this.mapper::toDocument)
			.toList();
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * After the demo catalogue ({@code DemoCorpusLoader}); before the web server opens.
	 */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 2001;
	}

}
