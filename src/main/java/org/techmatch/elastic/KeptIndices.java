package org.techmatch.elastic;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On start, before the API opens: every {@link KeptIndex}'s index exists (made from its
 * {@code elastic/indices/<type>.json} behind its alias, like every index; generations a
 * crashed creation left behind removed). An existing one is left alone.
 */
@Component
public class KeptIndices implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(KeptIndices.class);

	private final IndexGenerations generations;

	private final List<KeptIndex> owners;

	private volatile boolean running;

	public KeptIndices(IndexGenerations generations, List<KeptIndex> owners) {
		this.generations = generations;
		this.owners = owners;
	}

	@Override
	public void start() {
		for (KeptIndex owner : this.owners) {
			IndexDefinition definition = owner.keptIndex();
			this.generations.removeAbandonedGenerations(definition);
			if (this.generations.ensureExists(definition)) {
				logger.info("Created " + definition.alias());
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

	/** After the index upgrades, before the web server opens. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1600;
	}

}
