package org.techmatch.elastic.guard;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedHttpClientTest {

	private final CircuitBreaker breaker = CircuitBreaker.of("test",
			CircuitBreakerConfig.custom()
				.slidingWindowSize(4)
				.minimumNumberOfCalls(4)
				.failureRateThreshold(50)
				.waitDurationInOpenState(Duration.ofMinutes(1))
				.build());

	@Test
	@DisplayName("connection failures open the breaker; then requests fail at once without reaching the cluster")
	void opensOnConnectionFailures() {
		Cluster cluster = new Cluster(-1);
		GuardedHttpClient client = new GuardedHttpClient(cluster, this.breaker);
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> send(client)).isInstanceOf(ConnectException.class);
		}
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		assertThatThrownBy(() -> send(client)).isInstanceOf(ClusterUnavailableException.class);
		assertThat(client.performRequestAsync("search", null, null, null)).failsWithin(Duration.ofSeconds(1))
			.withThrowableThat()
			.withCauseInstanceOf(ClusterUnavailableException.class);
		assertThat(cluster.requests).hasValue(4);
	}

	@Test
	@DisplayName("answers of a working cluster (400, 404, 409, 429, 503) never open it; 502 and 504 from a proxy do")
	void statuses() throws IOException {
		for (int status : List.of(400, 404, 409, 429, 503, 400, 404, 503)) {
			send(new GuardedHttpClient(new Cluster(status), this.breaker));
		}
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		// two of the last four failed: 50 %, the threshold
		for (int status : List.of(502, 504)) {
			send(new GuardedHttpClient(new Cluster(status), this.breaker));
		}
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	@DisplayName("a 429 (rejected before it ran) is sent again after a pause when the request has no body; with a body it is returned")
	void retriesRejectedRequestsWithoutBody() throws IOException {
		Cluster busy = new Cluster(429, 429, 200);
		assertThat(send(new GuardedHttpClient(busy, this.breaker)).statusCode()).isEqualTo(200);
		assertThat(busy.requests).hasValue(3);

		Cluster alwaysBusy = new Cluster(429);
		assertThat(send(new GuardedHttpClient(alwaysBusy, this.breaker, 1)).statusCode()).isEqualTo(429);
		assertThat(alwaysBusy.requests).hasValue(1 + GuardedHttpClient.RETRIES_ON_429);

		Cluster busyForWrites = new Cluster(429, 200);
		TransportHttpClient.Request write = new TransportHttpClient.Request("POST", "/techmatch-demands/_doc", Map.of(),
				Map.of(), List.of(ByteBuffer.wrap("{}".getBytes(StandardCharsets.UTF_8))));
		assertThat(new GuardedHttpClient(busyForWrites, this.breaker).performRequest("index", null, write, null)
			.statusCode()).isEqualTo(429);
		assertThat(busyForWrites.requests).hasValue(1);
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	private static TransportHttpClient.Response send(GuardedHttpClient client) throws IOException {
		return client.performRequest("search", null,
				new TransportHttpClient.Request("GET", "/_search", Map.of(), Map.of(), null), null);
	}

	/**
	 * A cluster that refuses connections (status -1) or answers every request with one
	 * status.
	 */
	private static final class Cluster implements TransportHttpClient {

		private final int[] statuses;

		final AtomicInteger requests = new AtomicInteger();

		/** Answers with the statuses in turn, the last one from then on. */
		Cluster(int... statuses) {
			this.statuses = statuses;
		}

		@Override
		public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
				throws IOException {
			int status = this.statuses[Math.min(this.requests.getAndIncrement(), this.statuses.length - 1)];
			if (status < 0) {
				throw new ConnectException("Connection refused");
			}
			return new Answer(status);
		}

		@Override
		public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
				TransportOptions options) {
			try {
				return CompletableFuture.completedFuture(performRequest(endpointId, node, request, options));
			}
			catch (IOException ex) {
				return CompletableFuture.failedFuture(ex);
			}
		}

		@Override
		public void close() {
		}

	}

	private record Answer(int statusCode) implements TransportHttpClient.Response {

		@Override
		public TransportHttpClient.Node node() {
			return null;
		}

		@Override
		public String header(String name) {
			return null;
		}

		@Override
		public List<String> headers(String name) {
			return List.of();
		}

		@Override
		public BinaryData body() {
			return null;
		}

		@Override
		public Object originalResponse() {
			return null;
		}

		@Override
		public void close() {
		}

	}

}
