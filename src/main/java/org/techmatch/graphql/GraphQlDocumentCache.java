package org.techmatch.graphql;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.Parser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Parses, validates and measures each distinct query once: the portal sends the same few
 * documents with different variables, and parsing plus validating a search document cost
 * about a tenth of the application's time per search (JFR,
 * {@code mvn -Pbench verify -Dbench=search}). The depth and size limits
 * ({@link QueryLimits}) are checked here too, once per query text and operation, instead
 * of by per-request instrumentations that walked the whole query with its schema types on
 * every request. Entries with syntax, validation or limit errors are cached too (their
 * errors are the same every time); the cache is bounded by weight (the estimated bytes of
 * each entry, from its query text's length), not by count, so a few huge documents cannot
 * fill the heap.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlDocumentCache {

	@Bean
	GraphQlSourceBuilderCustomizer documentCache(
			@Value("${techmatch.graphql.document-cache-max-weight:32MB}") DataSize maxWeight,
			@Value("${techmatch.graphql.max-depth:12}") int maxDepth,
			@Value("${techmatch.graphql.max-complexity:2000}") int maxComplexity,
			@Value("${techmatch.graphql.max-backend-fields:20}") long maxBackendFields) {
		PreparsedDocumentProvider provider = new CachingDocumentProvider(maxWeight.toBytes(),
				new QueryLimits(maxDepth, maxComplexity, maxBackendFields));
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(provider));
	}

	/**
	 * A bounded cache of parsed, validated and measured documents keyed by query text and
	 * operation name.
	 */
	static final class CachingDocumentProvider implements PreparsedDocumentProvider {

		private final Cache<Key, PreparsedDocumentEntry> documents;

		private final QueryLimits limits;

		/**
		 * Estimated bytes held per character of query text: the text itself (2) and its
		 * parsed document.
		 */
		static final int BYTES_PER_CHARACTER = 24;

		CachingDocumentProvider(long maxWeight, QueryLimits limits) {
			this.documents = Caffeine.newBuilder()
				.maximumWeight(maxWeight)
				.weigher((Key key, PreparsedDocumentEntry entry) -> weight(key))
				.build();
			this.limits = limits;
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			Key key = new Key(input.getQuery(), input.getOperationName());
			return CompletableFuture.completedFuture(this.documents.get(key, (k) -> prepare(input, parseAndValidate)));
		}

		private PreparsedDocumentEntry prepare(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			// the limits first, on the parsed document: validation compares same-named
			// fields pairwise, which for hundreds of aliases costs more than refusing
			// them
			Document parsed = parse(input.getQuery());
			if (parsed != null) {
				Optional<GraphQLError> refused = this.limits.check(parsed, input.getOperationName());
				if (refused.isPresent()) {
					return new PreparsedDocumentEntry(refused.get());
				}
			}
			return parseAndValidate.apply(input);
		}

		/** The estimated bytes an entry holds, by the length of its query text. */
		static int weight(Key key) {
			long characters = key.query().length() + ((key.operationName() != null) ? key.operationName().length() : 0);
			return (int) Math.min(Integer.MAX_VALUE, 64 + characters * BYTES_PER_CHARACTER);
		}

		/**
		 * The parsed query, or null when it does not parse (graphql-java then says why).
		 */
		private static Document parse(String query) {
			try {
				return Parser.parse(query);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		record Key(String query, String operationName) {
		}

	}

}
