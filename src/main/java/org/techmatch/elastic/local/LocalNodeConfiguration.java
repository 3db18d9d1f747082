package org.techmatch.elastic.local;

import org.springframework.context.annotation.Conditional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the local node when no cluster is configured; the lifecycle starts it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalNodeProperties.class)
@Conditional(NoClusterConfiguredCondition.class)
class LocalNodeConfiguration {

	@Bean
	LocalNode localNode(LocalNodeProperties properties) {
		return new LocalNode(properties.toSettings(), JdkLocator.forThisMachine());
	}

	@Bean
	LocalNodeLifecycle localNodeLifecycle(LocalNode localNode, LocalNodeProperties properties) {
		return new LocalNodeLifecycle(localNode, properties.isStopOnExit());
	}

}
