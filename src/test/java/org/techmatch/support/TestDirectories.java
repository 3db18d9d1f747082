package org.techmatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The import directory and report directory of the test application: one pair per test
 * JVM, under the system's temporary directory.
 */
public final class TestDirectories {

	private static Path root;

	private TestDirectories() {
	}

	public static synchronized Path importDirectory() {
		return root().resolve("imports");
	}

	public static synchronized Path reportDirectory() {
		return root().resolve("import-reports");
	}

	/** Where the test application keeps its token signing key. */
	public static synchronized Path signingKey() {
		return root().resolve("jwt-signing-key.jwk");
	}

	private static Path root() {
		if (root == null) {
			try {
				root = Files.createTempDirectory("techmatch-test-files-");
				Files.createDirectories(root.resolve("imports"));
				Files.createDirectories(root.resolve("import-reports"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return root;
	}

}
