package org.techmatch.events;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.elastic.IndexGenerations;

/**
 * On start, before the API opens: makes sure {@code techmatch-events} exists (made from
 * {@code elastic/indices/events.json} behind its alias, like every index). An existing
 * log is left alone: events survive restarts and are shared by every instance.
 */
@Component
public class EventIndexLoader implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EventIndexLoader.class);

	private final IndexGenerations generations;

	private volatile boolean running;

	public EventIndexLoader(IndexGenerations generations) {
		this.generations = generations;
	}

	@Override
	public void start() {
		this.generations.removeAbandonedGenerations(EventIndices.EVENTS);
		if (this.generations.ensureExists(EventIndices.EVENTS)) {
			logger.info("Created " + EventIndices.EVENTS.alias());
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
