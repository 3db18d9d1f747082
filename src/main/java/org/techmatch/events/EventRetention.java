package org.techmatch.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.elastic.PeriodicClaim;

/**
 * Keeps {@code techmatch-events} from growing forever: events older than
 * {@code techmatch.events.retention} (30 days; {@code 0} keeps everything) are removed, a
 * minute after start and then every {@code techmatch.events.retention-interval} (1 hour),
 * by one instance at a time: each run first claims the turn of the whole cluster
 * ({@link PeriodicClaim}, a document in {@code techmatch-locks}), so with several
 * instances only the first to ask in an interval removes anything. A run removes at most
 * {@value #MAX_PER_RUN} events (the rest at the next one) and removing is idempotent, so
 * a run that overlaps another does no harm. Subscribers are not affected: they read from
 * about now on ({@link EventStream}), far after the cutoff.
 */
@Component
public class EventRetention implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EventRetention.class);

	/** The task's name in the cluster-wide turns. */
	static final String TASK = "event-retention";

	/** Shortest retention accepted (other than 0): well beyond any reader's overlap. */
	static final Duration MIN_RETENTION = Duration.ofMinutes(10);

	/** Most events one run removes. */
	static final long MAX_PER_RUN = 100_000;

	private static final Duration FIRST_RUN = Duration.ofMinutes(1);

	private final EventLog log;

	private final PeriodicClaim claims;

	private final Duration retention;

	private final Duration interval;

	private final String task;

	private final Clock clock;

	private volatile Thread worker;

	private volatile boolean running;

	@Autowired
	public EventRetention(EventLog log, PeriodicClaim claims,
			@Value("${techmatch.events.retention:30d}") Duration retention,
			@Value("${techmatch.events.retention-interval:1h}") Duration interval) {
		this(log, claims, retention, interval, TASK, Clock.systemUTC());
	}

	EventRetention(EventLog log, PeriodicClaim claims, Duration retention, Duration interval, String task,
			Clock clock) {
		if (retention.isNegative() || (!retention.isZero() && retention.compareTo(MIN_RETENTION) < 0)) {
			throw new IllegalArgumentException("techmatch.events.retention must be 0 (keep every event) or at least "
					+ MIN_RETENTION + ", not " + retention);
		}
		if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException(
					"techmatch.events.retention-interval must be at least 1s, not " + interval);
		}
		this.log = log;
		this.claims = claims;
		this.retention = retention;
		this.interval = interval;
		this.task = task;
		this.clock = clock;
	}

	/**
	 * One run: if this instance gets the cluster's turn, removes the events older than
	 * the retention.
	 * @return how many events were removed, or -1 when another instance has the turn (or
	 * retention is off)
	 */
	public long runOnce() {
		if (this.retention.isZero() || !this.claims.claim(this.task, this.interval)) {
			return -1;
		}
		Instant cutoff = this.clock.instant().minus(this.retention);
		long removed = this.log.removeOlderThan(cutoff, MAX_PER_RUN);
		if (removed > 0) {
			logger.info("Removed " + removed + " events logged before " + cutoff);
		}
		return removed;
	}

	private void loop() {
		long pause = Math.min(FIRST_RUN.toMillis(), this.interval.toMillis());
		while (this.running && this.worker == Thread.currentThread()) {
			try {
				Thread.sleep(pause);
				runOnce();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Removing old events failed; trying again in " + this.interval + ": " + ex);
			}
			pause = this.interval.toMillis();
		}
	}

	@Override
	public void start() {
		this.running = true;
		if (this.retention.isZero()) {
			return;
		}
		Thread thread = new Thread(this::loop, "event-retention");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		this.worker = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the event index exists ({@link org.techmatch.elastic.KeptIndices}). */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 3000;
	}

}
