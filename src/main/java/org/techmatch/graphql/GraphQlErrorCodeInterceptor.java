package org.techmatch.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives a {@code code} to the errors graphql-java raises itself before any resolver runs:
 * syntax and validation errors (unknown field, unknown enum value, wrong argument type)
 * are {@code BAD_USER_INPUT}; aborted executions (too deep, too costly) are
 * {@code QUERY_TOO_COMPLEX}.
 */
@Component
public class GraphQlErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().allMatch(GraphQlErrorCodeInterceptor::hasCode)) {
				return response;
			}
			return response.transform((builder) -> builder.errors(withCodes(response)));
		});
	}

	private static List<GraphQLError> withCodes(WebGraphQlResponse response) {
		return response.getErrors().stream().map((error) -> {
			Map<String, Object> extensions = new LinkedHashMap<>();
			if (error.getExtensions() != null) {
				extensions.putAll(error.getExtensions());
			}
			extensions.putIfAbsent("code", codeFor(error.getErrorType()).name());
			return GraphQLError.newError()
				.message(error.getMessage())
				.locations(error.getLocations())
				.path(error.getParsedPath())
				.errorType(error.getErrorType())
				.extensions(extensions)
				.build();
		}).toList();
	}

	private static boolean hasCode(ResponseError error) {
		Map<String, Object> extensions = error.getExtensions();
		return extensions != null && extensions.containsKey("code");
	}

	private static ErrorCode codeFor(ErrorClassification type) {
		if (type == ErrorType.ExecutionAborted) {
			return ErrorCode.QUERY_TOO_COMPLEX;
		}
		if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError) {
			return ErrorCode.BAD_USER_INPUT;
		}
		return ErrorCode.INTERNAL;
	}

}
