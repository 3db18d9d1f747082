package org.techmatch.elastic.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.techmatch.elastic.local.LocalNodeSettings.Membership;

/**
 * One or more {@link LocalNode}s of the same distribution forming one cluster on
 * 127.0.0.1: distinct HTTP and transport ports, data and work directories, discovery over
 * loopback. A cluster of one is the single node as before ({@code discovery.type:
 * single-node}).
 */
public final class LocalCluster {

	private static final Log logger = LogFactory.getLog(LocalCluster.class);

	private final List<LocalNode> nodes;

	private final ClusterHealthProbe health;

	public LocalCluster(List<LocalNodeSettings> members, JdkLocator jdks) {
		if (members.isEmpty()) {
			throw new IllegalArgumentException("A cluster needs at least one node");
		}
		this.nodes = members.stream().map((settings) -> new LocalNode(settings, jdks)).toList();
		this.health = new ClusterHealthProbe(members.get(0).httpUrl());
	}

	/**
	 * The settings of each member of a local cluster of {@code httpPorts.size()} nodes:
	 * the first uses {@code first}'s work directory, node {@code n} (from 2)
	 * {@code <work>/node-n}; names {@code techmatch-local-node-n}.
	 */
	public static List<LocalNodeSettings> members(LocalNodeSettings first, List<Integer> httpPorts,
			List<Integer> transportPorts) {
		int size = httpPorts.size();
		if (size == 1) {
			return List.of(first);
		}
		if (transportPorts.size() != size) {
			throw new IllegalArgumentException("One transport port per node: " + transportPorts);
		}
		List<String> names = new ArrayList<>();
		List<String> seeds = new ArrayList<>();
		for (int n = 0; n < size; n++) {
			names.add("techmatch-local-node-" + (n + 1));
			seeds.add("127.0.0.1:" + transportPorts.get(n));
		}
		List<LocalNodeSettings> members = new ArrayList<>();
		for (int n = 0; n < size; n++) {
			members.add(new LocalNodeSettings(first.distribution(),
					(n == 0) ? first.workDirectory() : first.workDirectory().resolve("node-" + (n + 1)),
					first.version(), httpPorts.get(n), first.heap(), first.startupTimeout(), first.runAsUser(),
					new Membership(names.get(n), transportPorts.get(n), names, seeds)));
		}
		return members;
	}

	public List<LocalNode> nodes() {
		return this.nodes;
	}

	public LocalNode node(int index) {
		return this.nodes.get(index);
	}

	public int size() {
		return this.nodes.size();
	}

	/** The HTTP addresses of every node, for {@code spring.elasticsearch.uris}. */
	public List<String> httpUrls() {
		return this.nodes.stream().map((node) -> node.settings().httpUrl()).toList();
	}

	/**
	 * Starts every node (together: a new cluster elects its first master only once a
	 * majority of the members runs) and waits until all have joined and the cluster is
	 * yellow or green.
	 */
	public void start() {
		if (this.nodes.size() == 1) {
			this.nodes.get(0).start();
			return;
		}
		long started = System.nanoTime();
		try {
			onEveryNode(LocalNode::start);
			awaitMembers();
		}
		catch (CompletionException | LocalNodeException ex) {
			// no half-started cluster is left running: the caller sees why, and the
			// nodes that did start do not keep their ports
			Throwable cause = (ex instanceof CompletionException) ? ex.getCause() : ex;
			logger.warn("The local cluster did not start; stopping its nodes: " + cause.getMessage());
			stop();
			throw (cause instanceof LocalNodeException local) ? local
					: new LocalNodeException("A local node did not start: " + cause, cause);
		}
		logger.info("Local cluster of " + this.nodes.size() + " nodes up in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms: " + httpUrls());
	}

	/** Whether {@link #start()} launched any node (rather than reusing running ones). */
	public boolean startedHere() {
		return this.nodes.stream().anyMatch(LocalNode::startedHere);
	}

	/** Stops every node that runs. */
	public void stop() {
		onEveryNode(LocalNode::stop);
	}

	/**
	 * Runs {@code action} on every node at once, one thread each (a node's start blocks
	 * until the cluster has a master, which needs the others running).
	 */
	private void onEveryNode(Consumer<LocalNode> action) {
		ExecutorService threads = Executors.newFixedThreadPool(this.nodes.size());
		try {
			CompletableFuture
				.allOf(this.nodes.stream()
					.map((node) -> CompletableFuture.runAsync(() -> action.accept(node), threads))
					.toArray(CompletableFuture[]::new))
				.join();
		}
		finally {
			threads.shutdown();
		}
	}

	/** Copies the synonym lists into every node's config, for a reload. */
	public void refreshSynonyms() {
		this.nodes.forEach(LocalNode::refreshSynonyms);
	}

	/**
	 * The cluster's status (green, yellow, red) as the first running node reports it,
	 * empty when none answers.
	 */
	public Optional<String> status() {
		for (LocalNode node : this.nodes) {
			Optional<String> status = new ClusterHealthProbe(node.settings().httpUrl()).status();
			if (status.isPresent()) {
				return status;
			}
		}
		return Optional.empty();
	}

	private void awaitMembers() {
		long deadline = System.nanoTime() + this.nodes.get(0).settings().startupTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (this.health.nodeCount().orElse(0) >= this.nodes.size()) {
				return;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LocalNodeException("Interrupted while waiting for the local cluster", ex);
			}
		}
		throw new LocalNodeException("Not all " + this.nodes.size() + " local nodes joined the cluster within "
				+ this.nodes.get(0).settings().startupTimeout().toSeconds() + " s");
	}

}
