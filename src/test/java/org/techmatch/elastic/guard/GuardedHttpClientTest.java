package org.techmatch.elastic.guard;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
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

	private static TransportHttpClient.Response send(GuardedHttpClient client) throws IOException {
		return client.performRequest("search", null, null, null);
	}

	/**
	 * A cluster that refuses connections (status -1) or answers every request with one
	 * status.
	 */
	private static final class Cluster implements TransportHttpClient {

		private final int status;

		final AtomicInteger requests = new AtomicInteger();

		Cluster(int status) {
			this.status = status;
		}

		@Override
		public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
				throws IOException {
			this.requests.incrementAndGet();
			if (this.status < 0) {
				throw new ConnectException("Connection refused");
			}
			return new Answer(this.status);
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
