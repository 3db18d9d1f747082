package org.techmatch.elastic.guard;

import java.io.IOException;

/**
 * Thrown instead of sending a request while the circuit breaker around Elasticsearch is
 * open: the cluster failed recently and is given time before it is asked again. An
 * {@link IOException} like every other transport failure, so it is handled (and reported
 * as {@code UNAVAILABLE}) the same way.
 */
public class ClusterUnavailableException extends IOException {

	public ClusterUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
