package org.techmatch.elastic.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs short external commands (useradd, chown, the plugin installer, the node launcher)
 * and captures what they print. The output goes to a temporary file, read once the
 * command has exited, so that the time limit holds: reading a pipe to its end first (as
 * before) waited for as long as a hung command ran, and the limit checked after it never
 * fired.
 */
final class Commands {

	/** The default time limit of a command. */
	static final Duration TIMEOUT = Duration.ofMinutes(5);

	private Commands() {
	}

	record Result(int exitCode, String output) {
	}

	static Result run(List<String> command) {
		return run(command, null);
	}

	static Result run(List<String> command, Path directory) {
		return run(command, directory, TIMEOUT);
	}

	/**
	 * Runs {@code command} in {@code directory} (null: the current one); a command still
	 * running after {@code timeout} is killed and answers exit code -1.
	 */
	static Result run(List<String> command, Path directory, Duration timeout) {
		Path output = null;
		try {
			output = Files.createTempFile("techmatch-command-", ".out");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			if (directory != null) {
				builder.directory(directory.toFile());
			}
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				return new Result(-1, read(output) + "\n(timed out after " + timeout.toSeconds() + " s)");
			}
			return new Result(process.exitValue(), read(output));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command.get(0) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalNodeException("Interrupted while running " + command.get(0), ex);
		}
		finally {
			if (output != null) {
				try {
					Files.deleteIfExists(output);
				}
				catch (IOException ex) {
					// a temporary file; the machine's cleanup removes it
				}
			}
		}
	}

	private static String read(Path output) throws IOException {
		return new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
	}

}
