package org.techmatch.events;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexGenerations;

/**
 * On start, before the API opens: makes sure {@code techmatch-events} exists (made from
 * {@code elastic/indices/events.json} behind its alias, like every index). An existing
 * log is left alone: events survive restarts and are shared by every instance.
 */
@Component
public class EventIndexLoader implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EventIndexLoader.class);

	private final IndexAdmin indexAdmin;

	private final IndexGenerations generations;

	private volatile boolean running;

	public EventIndexLoader(IndexAdmin indexAdmin, IndexGenerations generations) {
		this.indexAdmin = indexAdmin;
		this.generations = generations;
	}

	@Override
	public void start() {
		this.indexAdmin.removeAbandonedGenerations(EventIndices.EVENTS);
		if (this.indexAdmin.currentGeneration(EventIndices.EVENTS).isEmpty()) {
			logger.info("Creating " + EventIndices.EVENTS.alias());
			this.generations.replaceAll(EventIndices.EVENTS, List.<Object>of(), (document) -> "");
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

	/** After the index upgrades, before the web server opens. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1600;
	}

}
