package org.techmatch.elastic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import co.elastic.clients.elasticsearch.core.GetResponse;

import org.springframework.stereotype.Component;

import org.techmatch.elastic.ImportLock.LockDocument;

/**
 * Turns of a periodic task among every process sharing the cluster: {@link #claim} says
 * whether this process runs the task now, i.e. it is the first to ask since the last turn
 * ran out. A turn is a document in the lock index {@value ImportLock#INDEX} (id
 * {@code periodic-<task>}, the import lock's document shape) whose {@code expiresAt} is
 * the end of the turn; it is written with {@code op_type: create} or over the revision
 * read, so of two processes asking at once one gets the turn (the writes are
 * {@link ImportLock}'s own). Nothing is renewed or released: a process that dies during
 * its turn leaves the task to whoever asks after the turn. Meant for idempotent work (a
 * turn that outlasts its period may overlap the next).
 */
@Component
public class PeriodicClaim {

	static final String ID_PREFIX = "periodic-";

	private final ImportLock lock;

	private final Clock clock;

	public PeriodicClaim(ImportLock lock) {
		this.lock = lock;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Takes the turn of {@code task} for {@code period} if nobody holds one now.
	 * @return whether this process has the turn
	 */
	public boolean claim(String task, Duration period) {
		this.lock.ensureIndex();
		String id = ID_PREFIX + task;
		Instant now = this.clock.instant();
		LockDocument mine = new LockDocument(this.lock.owner(), task, now.toString(), now.toString(),
				now.plus(period).toEpochMilli());
		GetResponse<LockDocument> current = this.lock.read(id);
		if (!current.found() || current.source() == null) {
			return this.lock.create(id, mine) != null;
		}
		if (current.source().expiresAt() > now.toEpochMilli()) {
			return false;
		}
		return this.lock.replace(id, mine, current) != null;
	}

}
