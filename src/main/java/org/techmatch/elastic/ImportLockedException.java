package org.techmatch.elastic;

import java.time.Duration;

/**
 * The import lock is held by another process (or thread) and was not freed within the
 * wait: says who holds it, for what, and until when its lease runs.
 */
public class ImportLockedException extends RuntimeException {

	private final ImportLock.Holder holder;

	public ImportLockedException(ImportLock.Holder holder, Duration waited) {
		super("another import is running: the import lock is held by " + holder.describe() + "; waited " + waited
				+ " (techmatch.import.lock.wait); try again when it has finished");
		this.holder = holder;
	}

	public ImportLock.Holder holder() {
		return this.holder;
	}

}
