package org.techmatch.elastic.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code techmatch.elastic.local.*}: the node the application starts when
 * {@code spring.elasticsearch.uris} is not set. The work directory defaults to
 * {@code ~/.techmatch/local-node}, or {@code /var/lib/techmatch/local-node} for root
 * (root's home is closed to the unprivileged user that runs the node). {@code nodes}
 * (default 1) starts that many nodes of the same distribution as one cluster.
 */
@ConfigurationProperties("techmatch.elastic.local")
public class LocalNodeProperties {

	private int port = 9200;

	private int nodes = 1;

	private int transportPort = 9300;

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

	/**
	 * The settings of every node of the local cluster: node {@code n} (from 0) listens on
	 * {@code port + n} (HTTP) and {@code transport-port + n}.
	 */
	public List<LocalNodeSettings> toClusterMembers() {
		List<Integer> http = new ArrayList<>();
		List<Integer> transport = new ArrayList<>();
		for (int n = 0; n < this.nodes; n++) {
			http.add(this.port + n);
			transport.add(this.transportPort + n);
		}
		return LocalCluster.members(toSettings(), http, transport);
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

	public int getNodes() {
		return this.nodes;
	}

	public void setNodes(int nodes) {
		if (nodes < 1) {
			throw new IllegalArgumentException("techmatch.elastic.local.nodes must be at least 1");
		}
		this.nodes = nodes;
	}

	public int getTransportPort() {
		return this.transportPort;
	}

	public void setTransportPort(int transportPort) {
		this.transportPort = transportPort;
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
