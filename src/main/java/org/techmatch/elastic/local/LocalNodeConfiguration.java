package org.techmatch.elastic.local;

import org.springframework.context.annotation.Conditional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the local node (or nodes) when no cluster is configured; the lifecycle starts it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalNodeProperties.class)
@Conditional(NoClusterConfiguredCondition.class)
class LocalNodeConfiguration {

	@Bean
	LocalCluster localCluster(LocalNodeProperties properties) {
		return new LocalCluster(properties.toClusterMembers(), JdkLocator.forThisMachine());
	}

	@Bean
	LocalNodeLifecycle localNodeLifecycle(LocalCluster localCluster, LocalNodeProperties properties) {
		return new LocalNodeLifecycle(localCluster, properties.isStopOnExit());
	}

}
