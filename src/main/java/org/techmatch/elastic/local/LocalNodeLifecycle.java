package org.techmatch.elastic.local;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the local node (or nodes) before anything else in the application starts (the
 * web server included) and stops it last, so Ctrl-C or SIGTERM on the application also
 * stops the node it started. A node that was already running (started by another process,
 * e.g. the server while the import command runs) is reused and left running.
 */
public class LocalNodeLifecycle implements SmartLifecycle {

	private final LocalCluster cluster;

	private final boolean stopOnExit;

	private volatile boolean running;

	public LocalNodeLifecycle(LocalCluster cluster, boolean stopOnExit) {
		this.cluster = cluster;
		this.stopOnExit = stopOnExit;
	}

	@Override
	public void start() {
		this.cluster.start();
		this.running = true;
	}

	@Override
	public void stop() {
		if (this.stopOnExit && this.cluster.startedHere()) {
			this.cluster.stop();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

}
