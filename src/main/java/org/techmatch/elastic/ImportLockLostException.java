package org.techmatch.elastic;

/**
 * This process held the import lock but its lease expired and it may have been taken
 * over: the generation being built is not published.
 */
public class ImportLockLostException extends RuntimeException {

	public ImportLockLostException(String message) {
		super(message);
	}

}
