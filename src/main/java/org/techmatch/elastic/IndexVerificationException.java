package org.techmatch.elastic;

/** A new index generation does not hold what was written to it; it is not published. */
public class IndexVerificationException extends RuntimeException {

	public IndexVerificationException(String generation, long expected, long actual) {
		super("Index " + generation + " holds " + actual + " documents, expected " + expected
				+ "; alias left unchanged");
	}

}
