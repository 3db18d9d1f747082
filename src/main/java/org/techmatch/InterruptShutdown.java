package org.techmatch;

import sun.misc.Signal;

/**
 * Makes Ctrl-C (SIGINT) shut the application down cleanly — closing the context, so the local Elasticsearch node it
 * started is stopped too — even when it was launched from a non-interactive shell in the background, which starts
 * processes with SIGINT ignored.
 */
final class InterruptShutdown {

	private InterruptShutdown() {
	}

	static void install() {
		try {
			Signal.handle(new Signal("INT"), (signal) -> System.exit(130));
		}
		catch (IllegalArgumentException ex) {
			// no SIGINT on this platform
		}
	}

}
