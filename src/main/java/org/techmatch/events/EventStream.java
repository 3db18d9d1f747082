package org.techmatch.events;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.ErrorCode;

/**
 * The live side of the {@link EventLog}: one poller per instance reads the shared event
 * index every {@code techmatch.events.poll-interval} while anyone subscribes, and hands
 * each new event to this instance's subscribers. Events therefore reach subscribers on
 * every instance that shares the cluster, whichever instance logged them; nothing is
 * passed in memory between instances.
 * <p>
 * Each poll reads from a little before the newest event seen
 * ({@code techmatch.events.overlap}) and skips the events it has already handed out, so
 * an event another instance logged late (its clock behind, its request slow) is still
 * delivered, once. The stream starts when the first subscriber arrives: events logged
 * before that are not replayed.
 * <p>
 * Limits: at most {@code max-per-connection} subscriptions on one WebSocket connection
 * and {@code max-subscribers} on the instance ({@code RATE_LIMITED} beyond); a subscriber
 * that does not keep up keeps its newest {@code buffer} events and loses the older ones.
 */
@Component
public class EventStream implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(EventStream.class);

	/** Pages of {@link EventLog#MAX_PAGE} events one poll reads at most. */
	static final int MAX_PAGES_PER_POLL = 10;

	private final EventLog log;

	private final Duration pollInterval;

	private final long overlapMillis;

	private final int maxPerConnection;

	private final int maxSubscribers;

	private final int buffer;

	private final Clock clock = Clock.systemUTC();

	/** Made anew on every start: a stopped stream completes its subscribers. */
	private volatile Sinks.Many<LoggedEvent> sink = Sinks.many().multicast().directBestEffort();

	private final Map<String, Integer> perConnection = new HashMap<>();

	/** Guarded by this. */
	private int subscribers;

	/** Guarded by this: epoch millis from which the current stream delivers. */
	private long floor;

	/** Guarded by this: the stream (re)started since the last poll. */
	private boolean restarted;

	/** Poller thread only: ids handed out within the overlap, with their time. */
	private final Map<String, Long> seen = new HashMap<>();

	/** Poller thread only: the newest event time handed out (or the floor). */
	private long newest;

	private volatile Thread poller;

	private volatile boolean running;

	private long lastFailureLogged;

	public EventStream(EventLog log, @Value("${techmatch.events.poll-interval:500ms}") Duration pollInterval,
			@Value("${techmatch.events.overlap:2s}") Duration overlap,
			@Value("${techmatch.events.max-per-connection:8}") int maxPerConnection,
			@Value("${techmatch.events.max-subscribers:1000}") int maxSubscribers,
			@Value("${techmatch.events.buffer:256}") int buffer) {
		this.log = log;
		this.pollInterval = pollInterval;
		this.overlapMillis = overlap.toMillis();
		this.maxPerConnection = maxPerConnection;
		this.maxSubscribers = maxSubscribers;
		this.buffer = buffer;
	}

	/**
	 * The events that pass {@code filter}, from about now on, for a subscriber on
	 * {@code connection} (a WebSocket session id, or one of its own).
	 * @throws ApiException RATE_LIMITED when the connection or the instance holds as many
	 * subscriptions as it may
	 */
	public Flux<LoggedEvent> subscribe(String connection, Predicate<WorkflowEvent> filter) {
		reserve(connection);
		return this.sink.asFlux()
			.filter((logged) -> filter.test(logged.event()))
			.onBackpressureBuffer(this.buffer, (dropped) -> logger.debug("Slow subscriber lost event " + dropped.id()),
					BufferOverflowStrategy.DROP_OLDEST)
			.doFinally((signal) -> release(connection));
	}

	/** Subscriptions held on this instance now. */
	public synchronized int subscribers() {
		return this.subscribers;
	}

	private synchronized void reserve(String connection) {
		if (this.subscribers >= this.maxSubscribers) {
			throw new ApiException(ErrorCode.RATE_LIMITED,
					"This server holds as many subscriptions as it may; try again later");
		}
		int held = this.perConnection.getOrDefault(connection, 0);
		if (held >= this.maxPerConnection) {
			throw new ApiException(ErrorCode.RATE_LIMITED,
					"A connection may hold at most " + this.maxPerConnection + " subscriptions");
		}
		this.perConnection.put(connection, held + 1);
		if (this.subscribers++ == 0) {
			this.floor = this.clock.millis();
			this.restarted = true;
		}
	}

	private synchronized void release(String connection) {
		this.subscribers--;
		this.perConnection.computeIfPresent(connection, (key, held) -> (held > 1) ? held - 1 : null);
	}

	/** One poll: hands out the events logged since the last one. */
	void poll() {
		long from;
		synchronized (this) {
			if (this.subscribers == 0) {
				return;
			}
			if (this.restarted) {
				this.restarted = false;
				this.seen.clear();
				this.newest = this.floor;
			}
			from = Math.max(this.floor, this.newest - this.overlapMillis);
		}
		EventPosition position = new EventPosition(from, "");
		for (int page = 0; page < MAX_PAGES_PER_POLL; page++) {
			List<LoggedEvent> events = this.log.after(position, EventLog.MAX_PAGE);
			for (LoggedEvent event : events) {
				long at = event.occurredAt().toEpochMilli();
				if (this.seen.putIfAbsent(event.id(), at) == null) {
					this.newest = Math.max(this.newest, at);
					this.sink.tryEmitNext(event);
				}
			}
			if (events.size() < EventLog.MAX_PAGE) {
				break;
			}
			position = events.get(events.size() - 1).position();
		}
		long forget = this.newest - this.overlapMillis;
		this.seen.values().removeIf((at) -> at < forget);
	}

	private void loop() {
		while (this.running && this.poller == Thread.currentThread()) {
			try {
				Thread.sleep(this.pollInterval.toMillis());
				poll();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				long now = this.clock.millis();
				if (now - this.lastFailureLogged > 60_000) {
					this.lastFailureLogged = now;
					logger.warn("Reading the event log failed; trying again: " + ex);
				}
			}
		}
	}

	/**
	 * Starts polling; also after a {@link #stop} (a paused test context is started
	 * again), with a fresh sink.
	 */
	@Override
	public void start() {
		this.sink = Sinks.many().multicast().directBestEffort();
		this.running = true;
		Thread thread = new Thread(this::loop, "event-poller");
		thread.setDaemon(true);
		this.poller = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.poller;
		this.poller = null;
		if (thread != null) {
			thread.interrupt();
		}
		this.sink.tryEmitComplete();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
