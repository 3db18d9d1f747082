package org.techmatch.elastic.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.security.auth.module.UnixSystem;

/**
 * Who runs the node. Elasticsearch refuses to run as root, so a root caller runs it as an
 * unprivileged system user (created if missing) through {@code runuser}, on files that
 * user owns.
 */
final class NodeUser {

	private final String name;

	private final boolean callerIsRoot;

	NodeUser(String name, boolean callerIsRoot) {
		this.name = name;
		this.callerIsRoot = callerIsRoot;
	}

	static NodeUser forCaller(String unprivilegedName) {
		return new NodeUser(unprivilegedName, isRoot());
	}

	static boolean isRoot() {
		return new UnixSystem().getUid() == 0;
	}

	boolean isSwitching() {
		return this.callerIsRoot;
	}

	/**
	 * Creates the system user when the caller is root and the user does not exist yet.
	 */
	void ensureExists() {
		if (!this.callerIsRoot || Commands.run(List.of("id", "-u", this.name)).exitCode() == 0) {
			return;
		}
		Commands.Result created = Commands.run(List.of("useradd", "--system", "--no-create-home", "--home-dir",
				"/nonexistent", "--shell", "/usr/sbin/nologin", this.name));
		if (created.exitCode() != 0) {
			throw new LocalNodeException("Could not create the system user '" + this.name
					+ "' to run Elasticsearch (it refuses root): " + created.output().strip());
		}
	}

	/** Gives the user every file under {@code directory}. */
	void takeOwnership(Path directory) {
		if (!this.callerIsRoot) {
			return;
		}
		Commands.Result chown = Commands.run(List.of("chown", "-R", this.name + ":", directory.toString()));
		if (chown.exitCode() != 0) {
			throw new LocalNodeException(
					"Could not give " + directory + " to user '" + this.name + "': " + chown.output().strip());
		}
	}

	/** The command line that runs {@code command} as this user with the given JDK. */
	List<String> command(Path javaHome, List<String> command) {
		List<String> line = new ArrayList<>();
		if (this.callerIsRoot) {
			line.addAll(List.of("runuser", "-u", this.name, "--"));
		}
		line.add("env");
		line.add("ES_JAVA_HOME=" + javaHome);
		line.addAll(command);
		return line;
	}

}
