package org.techmatch.expert;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.elastic.IndexGenerations;
import org.techmatch.expert.demo.WorkflowDemoLoader;

/**
 * On start, after the demands and before the API opens: makes sure
 * {@code techmatch-recommendations} exists (made from its JSON behind its alias, so no
 * write ever auto-creates it with a guessed mapping), with the workflow's demo data
 * ({@link WorkflowDemoLoader}) when {@code techmatch.demo.enabled} (the default). An
 * existing index is left alone.
 */
@Component
public class WorkflowIndexLoader implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(WorkflowIndexLoader.class);

	private final IndexGenerations generations;

	private final WorkflowDemoLoader demoLoader;

	private final boolean demo;

	private volatile boolean running;

	public WorkflowIndexLoader(IndexGenerations generations, WorkflowDemoLoader demoLoader,
			@Value("${techmatch.demo.enabled:true}") boolean demo) {
		this.generations = generations;
		this.demoLoader = demoLoader;
		this.demo = demo;
	}

	@Override
	public void start() {
		this.generations.removeAbandonedGenerations(ExpertIndices.RECOMMENDATIONS);
		if (this.generations.ensureExists(ExpertIndices.RECOMMENDATIONS)) {
			logger.info("Created " + ExpertIndices.RECOMMENDATIONS.alias());
			if (this.demo) {
				this.demoLoader.load();
			}
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the demands ({@code DemandIndexLoader}); before the web server opens. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 2002;
	}

}
