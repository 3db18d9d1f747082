package org.techmatch.elastic.guard;

import java.io.IOException;
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
 */
final class GuardedHttpClient implements TransportHttpClient {

	private final TransportHttpClient delegate;

	private final CircuitBreaker breaker;

	GuardedHttpClient(TransportHttpClient delegate, CircuitBreaker breaker) {
		this.delegate = delegate;
		this.breaker = breaker;
	}

	@Override
	public TransportOptions createOptions(TransportOptions options) {
		return this.delegate.createOptions(options);
	}

	@Override
	public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
			throws IOException {
		acquirePermission();
		long started = this.breaker.getCurrentTimestamp();
		try {
			Response response = this.delegate.performRequest(endpointId, node, request, options);
			record(started, response, null);
			return response;
		}
		catch (IOException | RuntimeException ex) {
			record(started, null, ex);
			throw ex;
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
