package org.techmatch.elastic.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs short external commands (useradd, chown, the plugin installer) and captures what
 * they print.
 */
final class Commands {

	private Commands() {
	}

	record Result(int exitCode, String output) {
	}

	static Result run(List<String> command) {
		return run(command, null);
	}

	static Result run(List<String> command, Path directory) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return new Result(-1, output + "\n(timed out)");
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command.get(0) + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalNodeException("Interrupted while running " + command.get(0), ex);
		}
	}

}
