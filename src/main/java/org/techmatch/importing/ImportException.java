package org.techmatch.importing;

/**
 * An import that could not run at all (no such file, unknown format): nothing was
 * written.
 */
public class ImportException extends RuntimeException {

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}

}
