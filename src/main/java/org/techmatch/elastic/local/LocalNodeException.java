package org.techmatch.elastic.local;

/**
 * The local Elasticsearch node could not be prepared, started or reached; the message is
 * one readable line.
 */
public class LocalNodeException extends RuntimeException {

	public LocalNodeException(String message) {
		super(message);
	}

	public LocalNodeException(String message, Throwable cause) {
		super(message, cause);
	}

}
