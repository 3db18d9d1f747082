package org.techmatch.elastic.guard;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * The HTTP client of the Elasticsearch transport with a circuit breaker in front: every
 * request first asks the breaker for permission (an open breaker answers at once with
 * {@link ClusterUnavailableException}), and its outcome is recorded. Failures are what
 * says the cluster is not there: an I/O error (connection refused or reset, connect or
 * socket timeout) or a 502/503/504 answer. Any other answer, 4xx included, is the cluster
 * working and counts as a success.
 * <p>
 * A 429 answer to a request without a body (Elasticsearch rejected it before running it:
 * a full thread pool queue or its memory circuit breaker, typical of a node that has just
 * started on a busy machine; a request with a body is not resent, its buffers may have
 * been read) is retried here, up to {@value #RETRIES_ON_429} times with a growing pause
 * (0.25, 0.5, 1, 2, 4, 4 s: about 12 s in all, what a node that has just joined a busy
 * machine's cluster was seen to need): nothing of the request ran, so repeating it is
 * safe, and the cluster is there, so the breaker counts it as a success.
 */
final class GuardedHttpClient implements TransportHttpClient {

	static final int RETRIES_ON_429 = 6;

	private static final long FIRST_PAUSE_MILLIS = 250;

	private static final long LONGEST_PAUSE_MILLIS = 4000;

	private final long firstPauseMillis;

	private final TransportHttpClient delegate;

	private final CircuitBreaker breaker;

	GuardedHttpClient(TransportHttpClient delegate, CircuitBreaker breaker) {
		this(delegate, breaker, FIRST_PAUSE_MILLIS);
	}

	/** With another first pause between 429 retries (tests). */
	GuardedHttpClient(TransportHttpClient delegate, CircuitBreaker breaker, long firstPauseMillis) {
		this.delegate = delegate;
		this.breaker = breaker;
		this.firstPauseMillis = firstPauseMillis;
	}

	@Override
	public TransportOptions createOptions(TransportOptions options) {
		return this.delegate.createOptions(options);
	}

	@Override
	public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
			throws IOException {
		for (int attempt = 0;; attempt++) {
			acquirePermission();
			long started = this.breaker.getCurrentTimestamp();
			Response response;
			try {
				response = this.delegate.performRequest(endpointId, node, request, options);
				record(started, response, null);
			}
			catch (IOException | RuntimeException ex) {
				record(started, null, ex);
				throw ex;
			}
			if (response.statusCode() != 429 || attempt >= RETRIES_ON_429 || request.body() != null) {
				return response;
			}
			response.close();
			pause(attempt);
		}
	}

	private void pause(int attempt) throws IOException {
		try {
			Thread.sleep(Math.min(this.firstPauseMillis << attempt, LONGEST_PAUSE_MILLIS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException(
					"interrupted while waiting to retry a request Elasticsearch refused with 429");
		}
	}

	@Override
	public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
			TransportOptions options) {
		try {
			acquirePermission();
		}
		catch (ClusterUnavailableException ex) {
			return CompletableFuture.failedFuture(ex);
		}
		long started = this.breaker.getCurrentTimestamp();
		return this.delegate.performRequestAsync(endpointId, node, request, options)
			.whenComplete((response, ex) -> record(started, response, ex));
	}

	@Override
	public void close() throws IOException {
		this.delegate.close();
	}

	private void acquirePermission() throws ClusterUnavailableException {
		try {
			this.breaker.acquirePermission();
		}
		catch (CallNotPermittedException ex) {
			throw new ClusterUnavailableException(
					"Elasticsearch failed recently; not asked again until the circuit breaker lets a trial request through",
					ex);
		}
	}

	private void record(long started, Response response, Throwable failure) {
		long duration = this.breaker.getCurrentTimestamp() - started;
		TimeUnit unit = this.breaker.getTimestampUnit();
		if (failure != null) {
			if (isClusterFailure(failure)) {
				this.breaker.onError(duration, unit, failure);
			}
			else {
				this.breaker.onSuccess(duration, unit);
			}
		}
		else if (isUnavailableStatus(response.statusCode())) {
			this.breaker.onError(duration, unit, new IOException("Elasticsearch answered " + response.statusCode()));
		}
		else {
			this.breaker.onSuccess(duration, unit);
		}
	}

	/** An I/O failure anywhere in the chain; a programming error is not the cluster's. */
	static boolean isClusterFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
		}
		return false;
	}

	static boolean isUnavailableStatus(int status) {
		return status == 502 || status == 504;
	}

}
