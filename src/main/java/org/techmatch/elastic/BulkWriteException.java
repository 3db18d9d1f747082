package org.techmatch.elastic;

import java.util.List;

/**
 * Some documents of a bulk write were refused; the index they went to must not be
 * published.
 */
public class BulkWriteException extends RuntimeException {

	private final List<String> failures;

	public BulkWriteException(String index, long failureCount, List<String> failures) {
		super(failureCount + " documents could not be written to " + index + ", e.g. " + failures.get(0));
		this.failures = List.copyOf(failures);
	}

	/** The first failures (id, error type and reason). */
	public List<String> failures() {
		return this.failures;
	}

}
