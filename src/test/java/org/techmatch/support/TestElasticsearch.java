package org.techmatch.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.techmatch.elastic.local.JdkLocator;
import org.techmatch.elastic.local.LocalCluster;
import org.techmatch.elastic.local.LocalNode;
import org.techmatch.elastic.local.LocalNodeSettings;

/**
 * One Elasticsearch node per test JVM, shared by every integration test: the same
 * {@link LocalNode} the application uses, on a free port with a throw-away work
 * directory, stopped and deleted when the JVM exits. When {@code TECHMATCH_TEST_ES_URL}
 * is set, that cluster is used instead and nothing starts.
 */
public final class TestElasticsearch {

	public static final String EXTERNAL_URL_VARIABLE = "TECHMATCH_TEST_ES_URL";

	private static String url;

	private static LocalNode node;

	private TestElasticsearch() {
	}

	/** The base URL of the test cluster, starting the test node on first use. */
	public static synchronized String url() {
		if (url == null) {
			String external = System.getenv(EXTERNAL_URL_VARIABLE);
			url = (external != null && !external.isBlank()) ? external.strip() : startLocalNode();
		}
		return url;
	}

	/** The node this JVM started, empty when an external cluster is used. */
	public static synchronized Optional<LocalNode> localNode() {
		url();
		return Optional.ofNullable(node);
	}

	private static String startLocalNode() {
		Properties application = applicationProperties();
		try {
			Path work = Files.createTempDirectory("techmatch-test-es-");
			LocalNodeSettings settings = new LocalNodeSettings(
					Path.of(application.getProperty("techmatch.elastic.local.distribution")), work,
					application.getProperty("techmatch.elastic.local.version"), freePort(), "512m",
					Duration.ofSeconds(120), application.getProperty("techmatch.elastic.local.run-as-user"));
			node = new LocalNode(settings, JdkLocator.forThisMachine());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				node.stop();
				deleteQuietly(work);
			}, "techmatch-test-es-stop"));
			node.start();
			return settings.httpUrl();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A cluster of {@code nodes} local nodes of its own (not the shared test node), on
	 * free ports with a throw-away work directory, for tests that stop nodes. Not
	 * started; stopped and deleted when the JVM exits, or by the returned handle's
	 * {@link ThrowAwayCluster#close()}.
	 */
	public static ThrowAwayCluster throwAwayCluster(int nodes) {
		Properties application = applicationProperties();
		try {
			Path work = Files.createTempDirectory("techmatch-test-cluster-");
			List<Integer> ports = freePorts(2 * nodes);
			List<Integer> http = ports.subList(0, nodes);
			List<Integer> transport = ports.subList(nodes, 2 * nodes);
			LocalNodeSettings first = new LocalNodeSettings(
					Path.of(application.getProperty("techmatch.elastic.local.distribution")), work,
					application.getProperty("techmatch.elastic.local.version"), http.get(0), "512m",
					Duration.ofSeconds(180), application.getProperty("techmatch.elastic.local.run-as-user"));
			LocalCluster cluster = new LocalCluster(LocalCluster.members(first, http, transport),
					JdkLocator.forThisMachine());
			ThrowAwayCluster handle = new ThrowAwayCluster(cluster, work);
			Runtime.getRuntime().addShutdownHook(new Thread(handle::close, "techmatch-test-cluster-stop"));
			return handle;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A local cluster of a test's own, deleted with its files on {@link #close()}. */
	public record ThrowAwayCluster(LocalCluster cluster, Path work) implements AutoCloseable {

		/**
		 * Every node's address, comma-separated, for {@code spring.elasticsearch.uris}.
		 */
		public String uris() {
			return String.join(",", this.cluster.httpUrls());
		}

		@Override
		public void close() {
			this.cluster.stop();
			deleteQuietly(this.work);
		}

	}

	private static Properties applicationProperties() {
		Properties properties = new Properties();
		try (InputStream in = TestElasticsearch.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** {@code count} distinct free ports (all held open at once while chosen). */
	private static List<Integer> freePorts(int count) throws IOException {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int n = 0; n < count; n++) {
				sockets.add(new ServerSocket(0));
			}
			return sockets.stream().map(ServerSocket::getLocalPort).toList();
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
	}

	private static void deleteQuietly(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory; the OS cleans it eventually
		}
	}

}
