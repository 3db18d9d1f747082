package org.techmatch.elastic.guard;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.Transport;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientHttpClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * The Elasticsearch transport every {@code ElasticsearchClient} call (Spring Data's
 * templates and repositories included) goes through: Spring Boot's low-level
 * {@link Rest5Client} (connect and socket timeouts from {@code spring.elasticsearch.*},
 * every node of {@code spring.elasticsearch.uris}) behind a {@link GuardedHttpClient}.
 */
public class GuardedTransport extends ElasticsearchTransportBase {

	private final Rest5Client restClient;

	private final CircuitBreaker breaker;

	public GuardedTransport(Rest5Client restClient, JsonpMapper mapper, TransportOptions options,
			CircuitBreaker breaker) {
		this(restClient, mapper, options, breaker, null);
	}

	private GuardedTransport(Rest5Client restClient, JsonpMapper mapper, TransportOptions options,
			CircuitBreaker breaker, Instrumentation instrumentation) {
		super(new GuardedHttpClient(new Rest5ClientHttpClient(restClient), breaker), options, mapper, instrumentation);
		this.restClient = restClient;
		this.breaker = breaker;
	}

	public Rest5Client restClient() {
		return this.restClient;
	}

	public CircuitBreaker breaker() {
		return this.breaker;
	}

	@Override
	public Transport withOptions(TransportOptions options) {
		return cloneWith(options, null, null);
	}

	@Override
	protected ElasticsearchTransportBase cloneWith(TransportOptions options, JsonpMapper mapper,
			Instrumentation instrumentation) {
		return new GuardedTransport(this.restClient, (mapper != null) ? mapper : this.mapper,
				(options != null) ? options : this.transportOptions, this.breaker,
				(instrumentation != null) ? instrumentation : this.instrumentation);
	}

}
