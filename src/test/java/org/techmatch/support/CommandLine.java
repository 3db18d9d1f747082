package org.techmatch.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of {@code java -jar target/techmatch.jar …} as an operator types it: a separate
 * JVM with its own application context, pointed at the test node, its output (stdout and
 * stderr) in a file. Needs the packaged jar ({@code mvn verify} packages it before the
 * integration tests run).
 */
public final class CommandLine {

	private static final Path JAR = Path.of("target", "techmatch.jar");

	private final Process process;

	private final Path log;

	private CommandLine(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts the jar with {@code arguments}, then the test node's URL, no sentence
	 * vectors, and reports and keys under {@code folder}.
	 */
	public static CommandLine start(Path folder, String name, List<String> arguments) throws IOException {
		assertThat(JAR).as("the packaged application (mvn verify packages it before the integration tests)")
			.isRegularFile();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						JAR.toAbsolutePath().toString()));
		command.addAll(arguments);
		command.addAll(
				List.of("--spring.elasticsearch.uris=" + TestElasticsearch.url(), "--techmatch.embedding.enabled=false",
						"--techmatch.import.report-dir=" + folder.resolve("reports-" + name),
						"--techmatch.security.signing-key-file=" + folder.resolve("key-" + name + ".jwk")));
		Path log = folder.resolve(name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.directory(new File("."))
			.start();
		return new CommandLine(process, log);
	}

	public Process process() {
		return this.process;
	}

	/** The exit code, failing the test when the run takes longer than {@code timeout}. */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("the command line did not finish in " + timeout + ":\n" + output());
		}
		return this.process.exitValue();
	}

	/** Waits until the output contains {@code text}. */
	public void awaitOutput(String text, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!output().contains(text)) {
			if (!this.process.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("the command line never said \"" + text + "\":\n" + output());
			}
			Thread.sleep(100);
		}
	}

	/** Everything printed so far. */
	public String output() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no output: " + ex + ")";
		}
	}

	/** The printed lines that are not log lines (what the command itself said). */
	public String said() {
		return output().lines()
			.filter((line) -> !line.matches("^\\d{4}-\\d\\d-\\d\\dT.*") && !line.startsWith("\t") && !line.isBlank())
			.reduce("", (a, b) -> a + b + "\n");
	}

}
