package org.techmatch.elastic.local;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives {@code spring.elasticsearch.uris} a last-resort value, the local nodes' addresses
 * (the client spreads requests over them and skips a node that is down). Whether the
 * local node is then started is decided by {@link NoClusterConfiguredCondition}: only
 * when nothing else set the property.
 */
public class LocalNodeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String URIS = "spring.elasticsearch.uris";

	static final String PROPERTY_SOURCE = "techmatchLocalNode";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(URIS)) {
			return;
		}
		int port = environment.getProperty("techmatch.elastic.local.port", Integer.class, 9200);
		int nodes = environment.getProperty("techmatch.elastic.local.nodes", Integer.class, 1);
		String uris = IntStream.range(0, Math.max(1, nodes))
			.mapToObj((n) -> "http://127.0.0.1:" + (port + n))
			.collect(Collectors.joining(","));
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, Map.of(URIS, uris)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
