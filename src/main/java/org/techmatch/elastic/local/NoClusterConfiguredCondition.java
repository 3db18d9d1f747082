package org.techmatch.elastic.local;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code spring.elasticsearch.uris} comes only from
 * {@link LocalNodeEnvironmentPostProcessor}, i.e. no property file, environment variable,
 * argument or test set it. Evaluated after test property sources are added.
 */
class NoClusterConfiguredCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (!(context.getEnvironment() instanceof ConfigurableEnvironment environment)) {
			return ConditionOutcome.noMatch("no configurable environment");
		}
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source.getName().equals("configurationProperties")
					|| !source.containsProperty(LocalNodeEnvironmentPostProcessor.URIS)) {
				continue;
			}
			return source.getName().equals(LocalNodeEnvironmentPostProcessor.PROPERTY_SOURCE)
					? ConditionOutcome.match("no cluster configured: the local node is started")
					: ConditionOutcome.noMatch("spring.elasticsearch.uris is set by " + source.getName());
		}
		return ConditionOutcome.noMatch("spring.elasticsearch.uris is not set");
	}

}
