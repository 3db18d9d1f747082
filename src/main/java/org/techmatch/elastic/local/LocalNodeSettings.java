package org.techmatch.elastic.local;

import java.nio.file.Path;
import java.time.Duration;

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
 */
public record LocalNodeSettings(Path distribution, Path workDirectory, String version, int httpPort, String heap,
		Duration startupTimeout, String runAsUser) {

	/** The node's own copy of the distribution, with its config and plugins. */
	public Path home() {
		return this.workDirectory.resolve("elasticsearch-" + this.version);
	}

	public Path dataDirectory() {
		return this.workDirectory.resolve("data");
	}

	/**
	 * The node's snapshot repositories ({@code path.repo}): an {@code fs} repository's
	 * relative location is resolved against it.
	 */
	public Path snapshotsDirectory() {
		return this.workDirectory.resolve("snapshots");
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

}
