package org.techmatch.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.techmatch.embedding.EmbeddingTarget;
import org.techmatch.embedding.EmbeddingTexts;

/**
 * The catalogue's records carry sentence vectors for matching: achievements and
 * capability listings.
 */
@Configuration(proxyBeanMethods = false)
class CatalogVectors {

	@Bean
	EmbeddingTarget achievementEmbeddingTarget(EmbeddingTexts texts) {
		return EmbeddingTarget.supply(CatalogIndices.ACHIEVEMENTS.alias(), texts);
	}

	@Bean
	EmbeddingTarget capabilityEmbeddingTarget(EmbeddingTexts texts) {
		return EmbeddingTarget.supply(CatalogIndices.CAPABILITIES.alias(), texts);
	}

}
