package org.techmatch.graphql;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the per-request GraphQL observation ({@code graphql.request}: metrics and traces
 * of every operation) and drops the per-field one ({@code graphql.datafetcher}) unless
 * {@code techmatch.graphql.observe-data-fetchers=true}: a search page resolves some sixty
 * non-trivial fields, each of which would start and stop a timer with its own tags.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "techmatch.graphql.observe-data-fetchers", havingValue = "false", matchIfMissing = true)
class GraphQlObservations {

	static final String DATA_FETCHER_OBSERVATION = "graphql.datafetcher";

	@Bean
	ObservationPredicate withoutDataFetcherObservations() {
		return (name, context) -> !DATA_FETCHER_OBSERVATION.equals(name);
	}

}
