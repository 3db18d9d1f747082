package org.techmatch.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GraphQL over WebSocket client (graphql-transport-ws, Spring's
 * {@link WebSocketGraphQlClient}) for one server, signed in with a bearer token in the
 * {@code connection_init} payload, with a session cookie on the handshake, or anonymous.
 * It collects what its subscriptions receive.
 */
public final class GraphQlSubscriber implements AutoCloseable {

	/**
	 * Generous: the machine is shared, and an event goes through the index and a poll.
	 */
	public static final Duration WAIT = Duration.ofSeconds(60);

	private final WebSocketGraphQlClient client;

	private final Queue<ClientGraphQlResponse> received = new ConcurrentLinkedQueue<>();

	private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

	private final List<Disposable> subscriptions = new CopyOnWriteArrayList<>();

	private GraphQlSubscriber(WebSocketGraphQlClient client) {
		this.client = client;
	}

	/** Signed in with {@code token} in {@code connection_init}; anonymous when null. */
	public static GraphQlSubscriber withToken(int port, String token) {
		WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient.builder(url(port),
				new StandardWebSocketClient());
		if (token != null) {
			builder.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", "Bearer " + token));
				}
			});
		}
		return new GraphQlSubscriber(builder.build());
	}

	/** Signed in by the portal's session cookie sent with the handshake. */
	public static GraphQlSubscriber withCookie(int port, String cookie) {
		return new GraphQlSubscriber(WebSocketGraphQlClient.builder(url(port), new StandardWebSocketClient())
			.headers((headers) -> headers.add(HttpHeaders.COOKIE, cookie))
			.build());
	}

	public static URI url(int port) {
		return URI.create("ws://127.0.0.1:" + port + "/graphql");
	}

	/** Starts a subscription; what it receives is collected. */
	public GraphQlSubscriber subscribe(String document, Map<String, Object> variables) {
		this.subscriptions.add(this.client.document(document)
			.variables(variables)
			.executeSubscription()
			.subscribe(this.received::add, this.failures::add));
		return this;
	}

	/**
	 * The {@code extensions.code} of the only error a subscription ended with (the
	 * graphql-transport-ws {@code error} message), waiting for it.
	 */
	public String errorCode() {
		Awaitility.await().atMost(WAIT).until(() -> !this.received.isEmpty() || !this.failures.isEmpty());
		if (!this.received.isEmpty()) {
			throw new AssertionError("expected an error, received " + this.received.peek());
		}
		if (!(this.failures.peek() instanceof SubscriptionErrorException error)) {
			throw new AssertionError("expected an error message", this.failures.peek());
		}
		assertThat(error.getErrors()).hasSize(1);
		return (String) error.getErrors().get(0).getExtensions().get("code");
	}

	/**
	 * The value of {@code field} in the first response where it passes {@code test},
	 * waiting for it.
	 */
	public Map<String, Object> awaitField(String field, Predicate<Map<String, Object>> test) {
		AtomicReference<Map<String, Object>> found = new AtomicReference<>();
		Awaitility.await().atMost(WAIT).until(() -> {
			if (!this.failures.isEmpty()) {
				throw new AssertionError("subscription failed", this.failures.peek());
			}
			for (ClientGraphQlResponse response : this.received) {
				if (response.isValid() && response.getErrors().isEmpty()) {
					Map<String, Object> value = response.field(field).getValue();
					if (value != null && test.test(value)) {
						found.set(value);
						return true;
					}
				}
			}
			return false;
		});
		return found.get();
	}

	/** Everything received so far. */
	public List<ClientGraphQlResponse> received() {
		return List.copyOf(this.received);
	}

	/** Failures of the subscriptions so far (a closed connection, …). */
	public List<Throwable> failures() {
		return List.copyOf(this.failures);
	}

	@Override
	public void close() {
		this.subscriptions.forEach(Disposable::dispose);
		this.client.stop().block(Duration.ofSeconds(10));
	}

}
