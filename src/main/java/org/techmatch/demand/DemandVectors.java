package org.techmatch.demand;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.techmatch.embedding.EmbeddingTarget;
import org.techmatch.embedding.EmbeddingTexts;

/**
 * Demands carry the sentence vector of their text for matching: made when a demand is
 * written ({@link DemandService}), and in the background for imported ones.
 */
@Configuration(proxyBeanMethods = false)
class DemandVectors {

	@Bean
	EmbeddingTarget demandEmbeddingTarget(EmbeddingTexts texts) {
		return EmbeddingTarget.demands(DemandIndices.DEMANDS.alias(), texts);
	}

}
