package org.techmatch.elastic.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run Elasticsearch 9 (feature version 21 or later), in this order:
 * {@code $ES_JAVA_HOME}, the JDKs under {@code /usr/lib/jvm} (newest first), then the JVM
 * running this code.
 */
public final class JdkLocator {

	/** Elasticsearch 9 needs at least this Java feature version. */
	public static final int MINIMUM_FEATURE_VERSION = 21;

	private final Map<String, String> environment;

	private final Path jvmDirectory;

	private final Path currentJavaHome;

	private final int currentFeatureVersion;

	public JdkLocator(Map<String, String> environment, Path jvmDirectory, Path currentJavaHome,
			int currentFeatureVersion) {
		this.environment = environment;
		this.jvmDirectory = jvmDirectory;
		this.currentJavaHome = currentJavaHome;
		this.currentFeatureVersion = currentFeatureVersion;
	}

	/**
	 * A locator over this machine: the real environment, {@code /usr/lib/jvm} and the
	 * running JVM.
	 */
	public static JdkLocator forThisMachine() {
		return new JdkLocator(System.getenv(), Path.of("/usr/lib/jvm"), Path.of(System.getProperty("java.home")),
				Runtime.version().feature());
	}

	/**
	 * The home of a suitable JDK.
	 * @throws LocalNodeException with one line saying where it looked and what to install
	 */
	public Path locate() {
		String esJavaHome = this.environment.get("ES_JAVA_HOME");
		if (esJavaHome != null && !esJavaHome.isBlank()) {
			Path home = Path.of(esJavaHome);
			if (featureVersion(home).orElse(0) >= MINIMUM_FEATURE_VERSION) {
				return home;
			}
		}
		Optional<Path> installed = installedJdks().stream()
			.filter((home) -> featureVersion(home).orElse(0) >= MINIMUM_FEATURE_VERSION)
			.max(Comparator.comparingInt((Path home) -> featureVersion(home).orElse(0))
				.thenComparing(Comparator.naturalOrder()));
		if (installed.isPresent()) {
			return installed.get();
		}
		if (this.currentFeatureVersion >= MINIMUM_FEATURE_VERSION && isJavaHome(this.currentJavaHome)) {
			return this.currentJavaHome;
		}
		throw new LocalNodeException(
				"No JDK " + MINIMUM_FEATURE_VERSION + "+ found for Elasticsearch (looked at $ES_JAVA_HOME="
						+ (esJavaHome == null ? "<unset>" : esJavaHome) + ", " + this.jvmDirectory
						+ "/*, and the running JVM " + this.currentJavaHome + " = Java " + this.currentFeatureVersion
						+ "): install a JDK 21 or later (e.g. Temurin) under /usr/lib/jvm or set ES_JAVA_HOME to one");
	}

	private List<Path> installedJdks() {
		if (!Files.isDirectory(this.jvmDirectory)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(this.jvmDirectory)) {
			return new ArrayList<>(entries.filter(JdkLocator::isJavaHome).toList());
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static boolean isJavaHome(Path home) {
		return Files.isExecutable(home.resolve("bin/java"));
	}

	/**
	 * The feature version (21, 25, ...) named by a JDK's {@code release} file, if it has
	 * one.
	 */
	static OptionalInt featureVersion(Path home) {
		Path release = home.resolve("release");
		if (!isJavaHome(home) || !Files.isRegularFile(release)) {
			return OptionalInt.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(release)) {
			properties.load(in);
		}
		catch (IOException ex) {
			return OptionalInt.empty();
		}
		String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
		String[] parts = version.split("[.+-]");
		try {
			int first = Integer.parseInt(parts[0]);
			return OptionalInt.of((first == 1 && parts.length > 1) ? Integer.parseInt(parts[1]) : first);
		}
		catch (NumberFormatException ex) {
			return OptionalInt.empty();
		}
	}

}
