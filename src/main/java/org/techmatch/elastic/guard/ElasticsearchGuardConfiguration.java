package org.techmatch.elastic.guard;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces Spring Boot's Elasticsearch transport (Boot backs off when one is defined)
 * with the {@link GuardedTransport}: the same low-level client and timeouts, plus a
 * resilience4j circuit breaker. Recovery needs nothing: once the cluster answers again,
 * the breaker's trial requests succeed and it closes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchGuardProperties.class)
class ElasticsearchGuardConfiguration {

	private static final Log logger = LogFactory.getLog(ElasticsearchGuardConfiguration.class);

	@Bean
	CircuitBreaker elasticsearchCircuitBreaker(ElasticsearchGuardProperties properties) {
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRate())
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(properties.window())
			.minimumNumberOfCalls(properties.minimumCalls())
			.waitDurationInOpenState(properties.openFor())
			.permittedNumberOfCallsInHalfOpenState(properties.trialCalls())
			.build();
		CircuitBreaker breaker = CircuitBreaker.of("elasticsearch", config);
		breaker.getEventPublisher()
			.onStateTransition((event) -> logger.warn("Elasticsearch circuit breaker "
					+ event.getStateTransition().getFromState() + " -> " + event.getStateTransition().getToState()));
		return breaker;
	}

	@Bean
	ElasticsearchTransport elasticsearchTransport(Rest5Client restClient, JsonpMapper mapper,
			ObjectProvider<Rest5ClientOptions> options, CircuitBreaker elasticsearchCircuitBreaker) {
		return new GuardedTransport(restClient, mapper, options.getIfAvailable(), elasticsearchCircuitBreaker);
	}

}
