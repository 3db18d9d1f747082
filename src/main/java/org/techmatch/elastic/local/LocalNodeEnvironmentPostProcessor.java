package org.techmatch.elastic.local;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives {@code spring.elasticsearch.uris} a last-resort value, the local node's address.
 * Whether the local node is then started is decided by
 * {@link NoClusterConfiguredCondition}: only when nothing else set the property.
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
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE, Map.of(URIS, "http://127.0.0.1:" + port)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
