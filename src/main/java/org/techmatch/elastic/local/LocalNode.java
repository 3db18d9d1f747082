package org.techmatch.elastic.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A single Elasticsearch node on 127.0.0.1, made from the official minimal distribution
 * plus the project's analysis plugin. {@link #start()} reuses a node this launcher
 * started earlier and that still runs; {@link #stop()} stops it.
 */
public final class LocalNode {

	private static final Log logger = LogFactory.getLog(LocalNode.class);

	private final LocalNodeSettings settings;

	private final JdkLocator jdks;

	private final NodeUser user;

	private final NodeInstallation installation;

	private final ClusterHealthProbe health;

	private volatile boolean startedHere;

	public LocalNode(LocalNodeSettings settings, JdkLocator jdks) {
		this.settings = settings;
		this.jdks = jdks;
		this.user = NodeUser.forCaller(settings.runAsUser());
		this.installation = new NodeInstallation(settings, this.user);
		this.health = new ClusterHealthProbe(settings.httpUrl());
	}

	public LocalNodeSettings settings() {
		return this.settings;
	}

	/**
	 * Starts the node, or reuses the one started earlier from the same directory, and
	 * waits for yellow or green.
	 */
	public void start() {
		Optional<ProcessHandle> running = runningProcess();
		if (running.isPresent() && this.health.isYellowOrGreen() && !this.installation.pluginOutdated()) {
			logger.info("Reusing the local Elasticsearch node (pid " + running.get().pid() + ") on "
					+ this.settings.httpUrl());
			return;
		}
		running.ifPresent((process) -> {
			logger.info("Restarting the local Elasticsearch node (pid " + process.pid() + ")");
			stop();
		});
		if (portInUse()) {
			throw new LocalNodeException("Port " + this.settings.httpPort()
					+ " on 127.0.0.1 is taken by another process: "
					+ "stop it, set techmatch.elastic.local.port, or point spring.elasticsearch.uris at a cluster");
		}
		Path javaHome = this.jdks.locate();
		this.user.ensureExists();
		this.installation.prepare(javaHome);
		long started = System.nanoTime();
		logger.info("Starting Elasticsearch " + this.settings.version() + " on " + this.settings.httpUrl() + " with "
				+ javaHome + " (files in " + this.settings.workDirectory() + ")");
		launch(javaHome);
		this.startedHere = true;
		awaitHealthy();
		logger.info("Elasticsearch is up in " + (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	/**
	 * Whether {@link #start()} launched the node (rather than reusing one that was
	 * running).
	 */
	public boolean startedHere() {
		return this.startedHere;
	}

	/**
	 * Copies the synonym lists from the classpath into the node's config, for a reload of
	 * the search analyzers.
	 */
	public void refreshSynonyms() {
		this.installation.copySynonymLists();
	}

	/** Stops the node if it runs; waits for it to exit. */
	public void stop() {
		Optional<ProcessHandle> running = runningProcess();
		if (running.isEmpty()) {
			return;
		}
		ProcessHandle process = running.get();
		logger.info("Stopping the local Elasticsearch node (pid " + process.pid() + ")");
		process.destroy();
		try {
			process.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
		}
		try {
			Files.deleteIfExists(this.settings.pidFile());
		}
		catch (IOException ex) {
			// the node removes it itself on a clean exit
		}
	}

	/** The node process started from this directory, if it still runs. */
	public Optional<ProcessHandle> runningProcess() {
		Path pidFile = this.settings.pidFile();
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(Files.readString(pidFile).strip());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private void launch(Path javaHome) {
		List<String> command = this.user.command(javaHome,
				List.of(this.settings.home().resolve("bin/elasticsearch").toString(), "-d", "-p",
						this.settings.pidFile().toString()));
		// the launcher returns once the node runs: as long as a start may take, and more
		Commands.Result result = Commands.run(command, this.settings.home(),
				this.settings.startupTimeout().plus(Commands.TIMEOUT));
		if (result.exitCode() != 0) {
			throw new LocalNodeException("Elasticsearch did not start (exit " + result.exitCode() + "): "
					+ result.output().strip() + logTail());
		}
	}

	private void awaitHealthy() {
		long deadline = System.nanoTime() + this.settings.startupTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (this.health.isYellowOrGreen()) {
				return;
			}
			if (runningProcess().isEmpty() && !Files.exists(this.settings.pidFile())) {
				throw new LocalNodeException("Elasticsearch exited while starting." + logTail());
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LocalNodeException("Interrupted while waiting for Elasticsearch", ex);
			}
		}
		throw new LocalNodeException("Elasticsearch was not yellow or green within "
				+ this.settings.startupTimeout().toSeconds() + " s on " + this.settings.httpUrl() + "." + logTail());
	}

	private boolean portInUse() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.settings.httpPort()), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The last lines of the node's log, quoted for an error message. */
	String logTail() {
		Path log = this.settings.logsDirectory().resolve("techmatch-local.log");
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			List<String> tail = lines.subList(Math.max(0, lines.size() - 20), lines.size());
			return " Last lines of " + log + ":\n  " + String.join("\n  ", tail);
		}
		catch (IOException ex) {
			return " (no node log at " + log + ")";
		}
	}

}
