package org.techmatch.embedding;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedding model ({@code techmatch.embedding.enabled}, on by default) and the
 * background worker that gives the catalogue and the demands their vectors
 * ({@code techmatch.embedding.backfill}, on by default; tests that import without wanting
 * the CPU turn it off and call {@link EmbeddingBackfill#embedMissing()} where they need
 * vectors).
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddingConfiguration {

	@Bean
	TextEmbedder textEmbedder(@Value("${techmatch.embedding.enabled:true}") boolean enabled) {
		return enabled ? new BgeSmallZhEmbedder() : new TextEmbedder() {

			@Override
			public String modelId() {
				return "none";
			}

			@Override
			public Optional<float[]> embed(String text) {
				return Optional.empty();
			}

			@Override
			public boolean enabled() {
				return false;
			}

		};
	}

	/**
	 * The background worker over every {@link EmbeddingTarget} bean: each feature whose
	 * records carry a vector declares its index (the catalogue its achievements and
	 * capabilities, demands theirs).
	 */
	@Bean
	EmbeddingBackfill embeddingBackfill(ElasticsearchClient client, EmbeddingTexts texts, List<EmbeddingTarget> targets,
			@Value("${techmatch.embedding.backfill-interval:10s}") Duration interval,
			@Value("${techmatch.embedding.enabled:true}") boolean enabled,
			@Value("${techmatch.embedding.backfill:true}") boolean background) {
		return new EmbeddingBackfill(client, texts, targets, interval, enabled && background);
	}

}
