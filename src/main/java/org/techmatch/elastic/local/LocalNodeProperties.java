package org.techmatch.elastic.local;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code techmatch.elastic.local.*}: the node the application starts when
 * {@code spring.elasticsearch.uris} is not set. The work directory defaults to
 * {@code ~/.techmatch/local-node}, or {@code /var/lib/techmatch/local-node} for root
 * (root's home is closed to the unprivileged user that runs the node).
 */
@ConfigurationProperties("techmatch.elastic.local")
public class LocalNodeProperties {

	private int port = 9200;

	private String heap = "512m";

	private Path workDir;

	private Path distribution;

	private String version;

	private Duration startupTimeout = Duration.ofSeconds(120);

	private String runAsUser = "techmatch";

	private boolean stopOnExit = true;

	/** The launcher's settings, with the per-user default work directory filled in. */
	public LocalNodeSettings toSettings() {
		Path work = (this.workDir != null) ? this.workDir : defaultWorkDir(NodeUser.isRoot());
		return new LocalNodeSettings(this.distribution, work, this.version, this.port, this.heap, this.startupTimeout,
				this.runAsUser);
	}

	/** The work directory when none is configured, for the user running this process. */
	public static Path defaultWorkDir() {
		return defaultWorkDir(NodeUser.isRoot());
	}

	static Path defaultWorkDir(boolean root) {
		return root ? Path.of("/var/lib/techmatch/local-node")
				: Path.of(System.getProperty("user.home"), ".techmatch", "local-node");
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public String getHeap() {
		return this.heap;
	}

	public void setHeap(String heap) {
		this.heap = heap;
	}

	public Path getWorkDir() {
		return this.workDir;
	}

	public void setWorkDir(Path workDir) {
		this.workDir = workDir;
	}

	public Path getDistribution() {
		return this.distribution;
	}

	public void setDistribution(Path distribution) {
		this.distribution = distribution;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public Duration getStartupTimeout() {
		return this.startupTimeout;
	}

	public void setStartupTimeout(Duration startupTimeout) {
		this.startupTimeout = startupTimeout;
	}

	public String getRunAsUser() {
		return this.runAsUser;
	}

	public void setRunAsUser(String runAsUser) {
		this.runAsUser = runAsUser;
	}

	public boolean isStopOnExit() {
		return this.stopOnExit;
	}

	public void setStopOnExit(boolean stopOnExit) {
		this.stopOnExit = stopOnExit;
	}

}
