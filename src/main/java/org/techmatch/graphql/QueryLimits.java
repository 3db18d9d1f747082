package org.techmatch.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Refuses queries nested deeper or costing more than the configured limits, before anything runs. */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(@Value("${techmatch.graphql.max-depth:12}") int maxDepth) {
		return new MaxQueryDepthInstrumentation(maxDepth);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(
			@Value("${techmatch.graphql.max-complexity:2000}") int maxComplexity) {
		return new MaxQueryComplexityInstrumentation(maxComplexity);
	}

}
