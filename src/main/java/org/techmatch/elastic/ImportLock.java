package org.techmatch.elastic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The one cluster-wide import lock: a document in {@value #INDEX} (id {@value #LOCK_ID})
 * naming its owner and a lease. Whatever builds an index generation (catalogue imports,
 * the demo corpus, index upgrades, a restore) holds it, in every process that talks to
 * the cluster: the server, a command-line import, a second instance. The holder renews
 * the lease every third of its length while it works; a process that dies (kill -9) stops
 * renewing, and once the lease has expired the next one takes the lock over and may
 * delete the generations the dead one left. Another holder waits for the lock (up to
 * {@code techmatch.import.lock.wait}) and then says who holds it. Within one process the
 * lock is reentrant per thread.
 * <p>
 * Leases are compared on the clocks of the processes involved: keep them in sync (NTP); a
 * holder that stalls for longer than its lease loses the lock and publishes nothing.
 */
@Component
public class ImportLock implements DisposableBean {

	/**
	 * The lock index: a plain index, not a generation behind an alias, so that the first
	 * process to create it wins atomically.
	 */
	public static final String INDEX = "techmatch-locks";

	static final String LOCK_ID = "import";

	static final String RESOURCE = "elastic/indices/coordination/locks.json";

	private static final Log logger = LogFactory.getLog(ImportLock.class);

	private final ElasticsearchClient client;

	private final Duration lease;

	private final Duration wait;

	private final Clock clock;

	private final String owner;

	private final ReentrantLock local = new ReentrantLock(true);

	private final ScheduledExecutorService renewer;

	private volatile Held held;

	private volatile boolean indexReady;

	public ImportLock(ElasticsearchClient client, @Value("${techmatch.import.lock.lease:60s}") Duration lease,
			@Value("${techmatch.import.lock.wait:5m}") Duration wait) {
		this.client = client;
		this.lease = lease;
		this.wait = wait;
		this.clock = Clock.systemUTC();
		this.owner = ownerName();
		this.renewer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "import-lock-renewer");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(100, lease.toMillis() / 3);
		this.renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
	}

	/** Who this process is in the lock document: {@code pid@host#random}. */
	public String owner() {
		return this.owner;
	}

	/**
	 * Takes the lock, waiting up to {@code techmatch.import.lock.wait} for its holder.
	 * @param purpose what the holder does (shown to whoever waits)
	 * @throws ImportLockedException when another process still holds it after the wait
	 */
	public Lease acquire(String purpose) {
		return acquire(purpose, this.wait, (holder) -> logger
			.info("Waiting for the import lock, held by " + holder.describe() + " (" + purpose + " waits)"));
	}

	/**
	 * The lock if it is free or its lease has expired, else null; never waits for a live
	 * holder.
	 */
	public Lease tryAcquire(String purpose) {
		try {
			return acquire(purpose, Duration.ZERO, (holder) -> {
			});
		}
		catch (ImportLockedException ex) {
			return null;
		}
	}

	/**
	 * Takes the lock, waiting up to {@code wait}.
	 * @param waiting told the holder once when the lock is taken and the caller waits
	 */
	public Lease acquire(String purpose, Duration wait, Consumer<Holder> waiting) {
		long deadline = System.nanoTime() + wait.toNanos();
		if (this.local.isHeldByCurrentThread()) {
			this.local.lock();
			return new Lease();
		}
		try {
			if (!this.local.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				Held current = this.held;
				throw new ImportLockedException(
						new Holder(this.owner, (current != null) ? current.purpose : "?", null, null), wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ImportLockedException(new Holder("?", "?", null, null), wait);
		}
		try {
			acquireDocument(purpose, deadline, wait, waiting);
			return new Lease();
		}
		catch (RuntimeException ex) {
			this.local.unlock();
			throw ex;
		}
	}

	/**
	 * Whether this process still holds the lock with a lease that has not expired (the
	 * check before an alias moves).
	 * @throws ImportLockLostException when not
	 */
	public void assertHeld() {
		Held current = this.held;
		if (current == null || current.lost || current.expiresAt.isBefore(now())) {
			throw new ImportLockLostException(
					"the import lock's lease ran out before the new generation was published (the process stalled "
							+ "or lost the cluster for longer than " + this.lease + "); nothing was published");
		}
	}

	private void acquireDocument(String purpose, long deadline, Duration wait, Consumer<Holder> waiting) {
		ensureIndex();
		boolean told = false;
		while (true) {
			Instant now = now();
			LockDocument mine = new LockDocument(this.owner, purpose, now.toString(), now.toString(),
					now.plus(this.lease).toEpochMilli());
			IndexResponse created = create(LOCK_ID, mine);
			if (created != null) {
				hold(new Held(purpose, mine.acquiredAt(), created.seqNo(), created.primaryTerm(),
						now.plus(this.lease)));
				return;
			}
			GetResponse<LockDocument> current = read(LOCK_ID);
			if (!current.found() || current.source() == null) {
				continue;
			}
			LockDocument theirs = current.source();
			if (Instant.ofEpochMilli(theirs.expiresAt()).isBefore(now)) {
				if (takeOver(mine, current)) {
					logger.warn("Took over the import lock: the lease of " + theirs.owner() + " (" + theirs.purpose()
							+ ") expired at " + Instant.ofEpochMilli(theirs.expiresAt()));
					return;
				}
				continue;
			}
			Holder holder = new Holder(theirs.owner(), theirs.purpose(), theirs.acquiredAt(),
					Instant.ofEpochMilli(theirs.expiresAt()).toString());
			if (System.nanoTime() >= deadline) {
				throw new ImportLockedException(holder, wait);
			}
			if (!told) {
				waiting.accept(holder);
				told = true;
			}
			sleep(Math.min(500, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
		}
	}

	private boolean takeOver(LockDocument mine, GetResponse<LockDocument> expired) {
		IndexResponse taken = replace(LOCK_ID, mine, expired);
		if (taken == null) {
			return false;
		}
		hold(new Held(mine.purpose(), mine.acquiredAt(), taken.seqNo(), taken.primaryTerm(),
				Instant.ofEpochMilli(mine.expiresAt())));
		return true;
	}

	/**
	 * Writes a lease document {@code id} of the lock index that must not exist yet.
	 * @return the write, or null when the document exists (another process wrote it)
	 */
	IndexResponse create(String id, LockDocument document) {
		return writeUnlessConflict(id, document, null);
	}

	/**
	 * Writes a lease document over the revision {@code read}.
	 * @return the write, or null when the document changed since (another process wrote
	 * it)
	 */
	IndexResponse replace(String id, LockDocument document, GetResponse<LockDocument> read) {
		return writeUnlessConflict(id, document, read);
	}

	private IndexResponse writeUnlessConflict(String id, LockDocument document, GetResponse<LockDocument> read) {
		try {
			return this.client.index((i) -> {
				i.index(INDEX).id(id).document(document);
				return (read == null) ? i.opType(OpType.Create)
						: i.ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm());
			});
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409) {
				return null;
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private synchronized void hold(Held held) {
		this.held = held;
	}

	/** A lease document of the lock index as stored now (with its revision). */
	GetResponse<LockDocument> read(String id) {
		try {
			return this.client.get((g) -> g.index(INDEX).id(id), LockDocument.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Extends the lease of the lock this process holds, if any. Synchronized with
	 * {@link #release}: a release between a renewal's write and its bookkeeping would
	 * delete the revision before the renewal's and miss.
	 */
	private synchronized void renew() {
		Held current = this.held;
		if (current == null || current.lost) {
			return;
		}
		Instant now = now();
		try {
			LockDocument renewed = new LockDocument(this.owner, current.purpose, current.acquiredAt, now.toString(),
					now.plus(this.lease).toEpochMilli());
			IndexResponse response = this.client.index((i) -> i.index(INDEX)
				.id(LOCK_ID)
				.document(renewed)
				.ifSeqNo(current.seqNo)
				.ifPrimaryTerm(current.primaryTerm));
			if (this.held == current) {
				this.held = new Held(current.purpose, current.acquiredAt, response.seqNo(), response.primaryTerm(),
						now.plus(this.lease));
			}
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409) {
				lost(current, "another process took the lock over");
			}
			else {
				logger.warn("Could not renew the import lock: " + ex.getMessage());
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not renew the import lock: " + ex.getMessage());
		}
	}

	private void lost(Held current, String why) {
		current.lost = true;
		logger.error("Lost the import lock (" + current.purpose + "): " + why);
	}

	private synchronized void release() {
		Held current = this.held;
		this.held = null;
		if (current == null || current.lost) {
			return;
		}
		try {
			this.client.delete((d) -> d.index(INDEX)
				.id(LOCK_ID)
				.ifSeqNo(current.seqNo)
				.ifPrimaryTerm(current.primaryTerm)
				.refresh(co.elastic.clients.elasticsearch._types.Refresh.False));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 409) {
				releaseIfStillMine();
			}
			else if (ex.status() != 404) {
				logger.warn("Could not release the import lock (its lease expires by itself): " + ex.getMessage());
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not release the import lock (its lease expires by itself): " + ex.getMessage());
		}
	}

	/**
	 * The lock document changed since this process last wrote it: deletes it only if it
	 * still names this process as owner.
	 */
	private void releaseIfStillMine() {
		GetResponse<LockDocument> stored = read(LOCK_ID);
		if (stored.found() && stored.source() != null && this.owner.equals(stored.source().owner())) {
			try {
				this.client.delete(
						(d) -> d.index(INDEX).id(LOCK_ID).ifSeqNo(stored.seqNo()).ifPrimaryTerm(stored.primaryTerm()));
			}
			catch (IOException | ElasticsearchException ex) {
				logger.warn("Could not release the import lock (its lease expires by itself): " + ex.getMessage());
			}
		}
	}

	/**
	 * Creates the lock index if it does not exist yet (also for {@link PeriodicClaim}).
	 */
	void ensureIndex() {
		if (this.indexReady) {
			return;
		}
		try {
			if (!this.client.indices().exists((e) -> e.index(INDEX)).value()) {
				try (InputStream body = new ClassPathResource(RESOURCE).getInputStream()) {
					this.client.indices().create((c) -> c.index(INDEX).withJson(body));
				}
				catch (ElasticsearchException ex) {
					if (!"resource_already_exists_exception".equals(ex.error().type())) {
						throw ex;
					}
				}
			}
			this.indexReady = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the import lock", ex);
		}
	}

	private static String ownerName() {
		String host = System.getenv("HOSTNAME");
		if (host == null || host.isBlank()) {
			try {
				host = java.net.InetAddress.getLocalHost().getHostName();
			}
			catch (IOException ex) {
				host = "localhost";
			}
		}
		return ProcessHandle.current().pid() + "@" + host + "#" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Override
	public void destroy() {
		this.renewer.shutdownNow();
	}

	/** The lock document. */
	record LockDocument(String owner, String purpose, String acquiredAt, String renewedAt, long expiresAt) {
	}

	/** Who holds the lock, as another process sees it. */
	public record Holder(String owner, String purpose, String acquiredAt, String expiresAt) {

		public String describe() {
			return this.owner + " (" + this.purpose + ((this.acquiredAt != null) ? ", since " + this.acquiredAt : "")
					+ ((this.expiresAt != null) ? ", lease until " + this.expiresAt : "") + ")";
		}

	}

	/** The lock as this process holds it. */
	private static final class Held {

		final String purpose;

		final String acquiredAt;

		final long seqNo;

		final long primaryTerm;

		final Instant expiresAt;

		volatile boolean lost;

		Held(String purpose, String acquiredAt, long seqNo, long primaryTerm, Instant expiresAt) {
			this.purpose = purpose;
			this.acquiredAt = acquiredAt;
			this.seqNo = seqNo;
			this.primaryTerm = primaryTerm;
			this.expiresAt = expiresAt;
		}

	}

	/** One hold of the lock; closing it releases it (the outermost hold of a thread). */
	public final class Lease implements AutoCloseable {

		private boolean closed;

		private Lease() {
		}

		@Override
		public void close() {
			if (this.closed) {
				return;
			}
			this.closed = true;
			if (ImportLock.this.local.getHoldCount() == 1) {
				release();
			}
			ImportLock.this.local.unlock();
		}

	}

}
