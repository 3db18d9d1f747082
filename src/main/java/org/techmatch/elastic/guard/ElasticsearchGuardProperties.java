package org.techmatch.elastic.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code techmatch.elastic.breaker.*}: when the circuit breaker around Elasticsearch
 * opens and how soon it tries again. It opens when at least {@code failureRate} percent
 * of the last {@code window} requests (and at least {@code minimumCalls}) failed; while
 * open every request fails at once as {@code UNAVAILABLE}; after {@code openFor} it lets
 * {@code trialCalls} requests through, and closes again when they succeed.
 *
 * @param failureRate failure percentage that opens the breaker
 * @param window number of recent requests looked at
 * @param minimumCalls requests needed before the rate counts
 * @param openFor how long the breaker stays open before a trial
 * @param trialCalls requests let through to try the cluster again
 */
@ConfigurationProperties("techmatch.elastic.breaker")
public record ElasticsearchGuardProperties(Float failureRate, Integer window, Integer minimumCalls, Duration openFor,
		Integer trialCalls) {

	public ElasticsearchGuardProperties {
		failureRate = (failureRate != null) ? failureRate : 50f;
		window = (window != null) ? window : 20;
		minimumCalls = (minimumCalls != null) ? minimumCalls : 5;
		openFor = (openFor != null) ? openFor : Duration.ofSeconds(5);
		trialCalls = (trialCalls != null) ? trialCalls : 3;
	}

}
