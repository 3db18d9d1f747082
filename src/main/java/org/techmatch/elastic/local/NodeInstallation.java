package org.techmatch.elastic.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.techmatch.elastic.local.LocalNodeSettings.Membership;

/**
 * The node's own copy of the distribution: copied once from the untouched unpacked
 * distribution, then configured (a single node or a member of a local cluster on
 * 127.0.0.1, security off, heap), given the project's analysis plugin and synonym lists
 * from the classpath ({@code elastic/plugin/*.zip}, {@code elastic/synonyms/*.txt}).
 */
final class NodeInstallation {

	static final String PLUGIN_NAME = "techmatch-analysis";

	private static final Log logger = LogFactory.getLog(NodeInstallation.class);

	private final LocalNodeSettings settings;

	private final NodeUser user;

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	NodeInstallation(LocalNodeSettings settings, NodeUser user) {
		this.settings = settings;
		this.user = user;
	}

	/** Makes the installation ready to start; cheap when it already is. */
	void prepare(Path javaHome) {
		try {
			copyDistributionOnce();
			Files.createDirectories(this.settings.dataDirectory());
			Files.createDirectories(this.settings.logsDirectory());
			Files.createDirectories(this.settings.snapshotsDirectory());
			writeConfiguration();
			copySynonyms();
			this.user.takeOwnership(this.settings.workDirectory());
			installPlugin(javaHome);
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not prepare the Elasticsearch node in " + this.settings.workDirectory()
					+ ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * True when the plugin on the classpath differs from the one installed (a restart is
	 * then needed).
	 */
	boolean pluginOutdated() {
		Resource plugin = pluginZip();
		return plugin != null && !digest(plugin).equals(installedPluginDigest());
	}

	private void copyDistributionOnce() throws IOException {
		Path home = this.settings.home();
		Path marker = home.resolve(".techmatch-installed");
		if (Files.exists(marker)) {
			return;
		}
		Path distribution = this.settings.distribution();
		if (!Files.isExecutable(distribution.resolve("bin/elasticsearch"))) {
			throw new LocalNodeException("No Elasticsearch distribution at " + distribution
					+ ": run any Maven goal of the project (e.g. mvn process-resources) to resolve and unpack it");
		}
		logger.info("Copying the Elasticsearch distribution to " + home);
		deleteRecursively(home);
		copyRecursively(distribution, home);
		Files.writeString(marker, distribution.toString());
	}

	private void writeConfiguration() throws IOException {
		Path config = this.settings.home().resolve("config");
		List<String> lines = new ArrayList<>(
				List.of("# Written by TechMatch's local-node launcher on every start; edit LocalNodeSettings instead.",
						"cluster.name: techmatch-local", "node.name: " + this.settings.membership().nodeName(),
						"path.data: " + this.settings.dataDirectory(), "path.logs: " + this.settings.logsDirectory(),
						"path.repo: " + this.settings.snapshotsDirectory(), "network.host: 127.0.0.1",
						"http.port: " + this.settings.httpPort()));
		lines.addAll(discovery());
		lines.addAll(List.of("xpack.security.enabled: false",
				"cluster.routing.allocation.disk.threshold_enabled: false", "action.auto_create_index: false",
				"# The parent circuit breaker counts what the child breakers reserve, not the heap in use:",
				"# with a heap this small, garbage not yet collected made it refuse requests with 429",
				"# (seen when three nodes start at once on two cores).", "indices.breaker.total.use_real_memory: false",
				""));
		Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n", lines));
		Path options = config.resolve("jvm.options.d");
		Files.createDirectories(options);
		Files.writeString(options.resolve("techmatch-heap.options"),
				"-Xms" + this.settings.heap() + "\n-Xmx" + this.settings.heap() + "\n");
	}

	/**
	 * A single node is a cluster of its own. A member of a local cluster finds the others
	 * on loopback; the initial master nodes are named only while its data directory is
	 * empty, i.e. while a new cluster is formed (Elasticsearch ignores them afterwards
	 * and asks that they be removed).
	 */
	private List<String> discovery() throws IOException {
		Membership membership = this.settings.membership();
		if (!membership.clustered()) {
			return List.of("discovery.type: single-node");
		}
		List<String> lines = new ArrayList<>();
		lines.add("transport.port: " + membership.transportPort());
		lines.add("discovery.seed_hosts: [" + String.join(", ", membership.seedHosts()) + "]");
		boolean bootstrapping;
		try (Stream<Path> data = Files.list(this.settings.dataDirectory())) {
			bootstrapping = data.findAny().isEmpty();
		}
		if (bootstrapping) {
			lines.add("cluster.initial_master_nodes: [" + String.join(", ", membership.memberNames()) + "]");
		}
		return lines;
	}

	/**
	 * Synonym lists go to {@code config/analysis/}, where
	 * {@code synonyms_path: analysis/...} finds them.
	 */
	void copySynonymLists() {
		try {
			copySynonyms();
			this.user.takeOwnership(this.settings.home().resolve("config/analysis"));
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not copy the synonym lists: " + ex.getMessage(), ex);
		}
	}

	private void copySynonyms() throws IOException {
		Path target = this.settings.home().resolve("config/analysis");
		Files.createDirectories(target);
		for (Resource list : this.resources.getResources("classpath*:elastic/synonyms/*.txt")) {
			try (InputStream in = list.getInputStream()) {
				Files.copy(in, target.resolve(list.getFilename()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/**
	 * The plugin tool takes one to three seconds here, up to twenty on a busy machine;
	 * one that runs longer is stuck, and the node's start fails with its output.
	 */
	static final Duration PLUGIN_TOOL_TIMEOUT = Duration.ofMinutes(2);

	private void installPlugin(Path javaHome) throws IOException {
		Resource plugin = pluginZip();
		if (plugin == null) {
			logger.warn("No analysis plugin on the classpath (elastic/plugin/*.zip): the node has no Chinese analysis");
			return;
		}
		String digest = digest(plugin);
		if (digest.equals(installedPluginDigest())) {
			return;
		}
		Path home = this.settings.home();
		if (Files.isDirectory(home.resolve("plugins").resolve(PLUGIN_NAME))) {
			runPluginTool(javaHome, List.of("remove", PLUGIN_NAME));
		}
		Path zip = this.settings.workDirectory().resolve(PLUGIN_NAME + ".zip");
		try (InputStream in = plugin.getInputStream()) {
			Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
		}
		this.user.takeOwnership(zip);
		long started = System.nanoTime();
		runPluginTool(javaHome, List.of("install", "--batch", zip.toUri().toString()));
		logger.info("Installed the analysis plugin in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		Files.writeString(pluginDigestFile(), digest);
	}

	private void runPluginTool(Path javaHome, List<String> arguments) {
		List<String> command = new ArrayList<>(
				List.of(this.settings.home().resolve("bin/elasticsearch-plugin").toString()));
		command.addAll(arguments);
		Commands.Result result = Commands.run(this.user.command(javaHome, command), this.settings.home(),
				PLUGIN_TOOL_TIMEOUT);
		if (result.exitCode() != 0) {
			throw new LocalNodeException(
					"elasticsearch-plugin " + arguments.get(0) + " failed: " + result.output().strip());
		}
	}

	private Resource pluginZip() {
		try {
			Resource[] found = this.resources.getResources("classpath*:elastic/plugin/*.zip");
			return found.length == 0 ? null : found[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path pluginDigestFile() {
		return this.settings.home().resolve(".techmatch-plugin.sha256");
	}

	private String installedPluginDigest() {
		try {
			Path file = pluginDigestFile();
			boolean installed = Files.isDirectory(this.settings.home().resolve("plugins").resolve(PLUGIN_NAME));
			return (installed && Files.exists(file)) ? Files.readString(file).strip() : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String digest(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				sha.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void copyRecursively(Path source, Path target) throws IOException {
		Files.walkFileTree(source, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(target.resolve(source.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
						StandardCopyOption.REPLACE_EXISTING);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
