package org.techmatch.elastic.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the local node launcher needs to know.
 *
 * @param distribution the unpacked, untouched Elasticsearch distribution (Maven unpacks
 * it once per machine)
 * @param workDirectory where the node's own copy, data and logs live; survives restarts
 * unless throw-away
 * @param version the Elasticsearch version the distribution holds
 * @param httpPort the HTTP port on 127.0.0.1
 * @param heap the JVM heap, e.g. {@code 512m}
 * @param startupTimeout how long to wait for a yellow or green cluster
 * @param runAsUser the unprivileged user the node runs as when the caller is root
 * @param membership the node's place in a cluster of several local nodes, or
 * {@link Membership#SINGLE} for a cluster of one
 */
public record LocalNodeSettings(Path distribution, Path workDirectory, String version, int httpPort, String heap,
		Duration startupTimeout, String runAsUser, Membership membership) {

	/** A node that is a cluster of its own ({@code discovery.type: single-node}). */
	public LocalNodeSettings(Path distribution, Path workDirectory, String version, int httpPort, String heap,
			Duration startupTimeout, String runAsUser) {
		this(distribution, workDirectory, version, httpPort, heap, startupTimeout, runAsUser, Membership.SINGLE);
	}

	/** The node's own copy of the distribution, with its config and plugins. */
	public Path home() {
		return this.workDirectory.resolve("elasticsearch-" + this.version);
	}

	public Path dataDirectory() {
		return this.workDirectory.resolve("data");
	}

	/**
	 * The node's snapshot repositories ({@code path.repo}): an {@code fs} repository's
	 * relative location is resolved against it. Every member of a local cluster must see
	 * the same repository, so all of them use the first member's directory (the other
	 * members' work directories lie inside it, see {@link LocalCluster}).
	 */
	public Path snapshotsDirectory() {
		boolean laterMember = this.membership.clustered()
				&& !this.membership.nodeName().equals(this.membership.memberNames().get(0));
		Path root = laterMember ? this.workDirectory.getParent() : this.workDirectory;
		return root.resolve("snapshots");
	}

	public Path logsDirectory() {
		return this.workDirectory.resolve("logs");
	}

	public Path pidFile() {
		return this.workDirectory.resolve("elasticsearch.pid");
	}

	public String httpUrl() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	/**
	 * One node's place in a local cluster: its name and transport port, and the names and
	 * transport addresses of every member (all on 127.0.0.1). Every member is
	 * master-eligible and holds data.
	 *
	 * @param nodeName this node's name
	 * @param transportPort this node's transport port, 0 for Elasticsearch's default
	 * @param memberNames the names of every member, this one included (the initial master
	 * nodes of a new cluster)
	 * @param seedHosts the transport addresses of every member ({@code 127.0.0.1:port})
	 */
	public record Membership(String nodeName, int transportPort, List<String> memberNames, List<String> seedHosts) {

		/** A cluster of one node. */
		public static final Membership SINGLE = new Membership("techmatch-local-node", 0, List.of(), List.of());

		public Membership {
			memberNames = List.copyOf(memberNames);
			seedHosts = List.copyOf(seedHosts);
		}

		/** Whether the node forms a cluster with other local nodes. */
		public boolean clustered() {
			return this.memberNames.size() > 1;
		}

	}

}
