package org.techmatch.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once: the portal sends the same few documents with different
 * variables, and parsing plus validating a search document cost about a tenth of the application's time per search
 * (JFR, {@code mvn -Pbench verify -Dbench=search}). Entries with syntax or validation errors are cached too (their
 * errors are the same every time); the cache is bounded.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlDocumentCache {

	@Bean
	GraphQlSourceBuilderCustomizer documentCache(@Value("${techmatch.graphql.document-cache-size:1000}") int size) {
		PreparsedDocumentProvider provider = new CachingDocumentProvider(size);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(provider));
	}

	/** A bounded cache of parsed and validated documents keyed by the query text. */
	static final class CachingDocumentProvider implements PreparsedDocumentProvider {

		private final Cache<String, PreparsedDocumentEntry> documents;

		CachingDocumentProvider(int size) {
			this.documents = Caffeine.newBuilder().maximumSize(size).build();
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			return CompletableFuture
				.completedFuture(this.documents.get(input.getQuery(), (query) -> parseAndValidate.apply(input)));
		}

	}

}
