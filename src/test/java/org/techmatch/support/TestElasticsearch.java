package org.techmatch.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.techmatch.elastic.local.JdkLocator;
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

	private static void deleteQuietly(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory; the OS cleans it eventually
		}
	}

}
