package org.techmatch.support;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real zhibei records, which are not in this repository:
 * {@code ../shared/datasets/zhibei/}, a checkout of the project's shared data beside this
 * one. A test that needs them fails with a message saying so when they are missing,
 * rather than skipping silently; tests that can run on a small fixture of their own use
 * {@code src/test/resources/importing/} instead.
 */
public final class SharedData {

	public static final Path ZHIBEI = Path.of("..", "shared", "datasets", "zhibei");

	private SharedData() {
	}

	/** A file of the zhibei data set, failing the test when it is not there. */
	public static Path zhibei(String file) {
		return file(ZHIBEI.resolve(file));
	}

	/** A file of the shared data, failing the test when it is not there. */
	public static Path file(Path path) {
		if (!Files.isRegularFile(path)) {
			fail(path.toAbsolutePath().normalize() + " is missing: this test reads the real zhibei records, which are "
					+ "not in the repository; check out the project's shared data as ../shared beside it");
		}
		return path;
	}

}
