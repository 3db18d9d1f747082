package org.techmatch.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * are {@code BAD_USER_INPUT}, with the argument or variable their message names in
 * {@code extensions.argument}, and so is introspection asked in bad faith; aborted
 * executions (too deep, too costly) are {@code QUERY_TOO_COMPLEX}.
 */
@Component
public class GraphQlErrorCodeInterceptor implements WebGraphQlInterceptor {

	private static final Pattern NAMED = Pattern.compile("(?:argument|[Vv]ariable) '([^']+)'");

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
			if (!extensions.containsKey("argument")) {
				argument(error.getMessage()).ifPresent((argument) -> extensions.put("argument", argument));
			}
			return GraphQLError.newError()
				.message(error.getMessage())
				.locations(error.getLocations())
				.path(error.getParsedPath())
				.errorType(error.getErrorType())
				.extensions(extensions)
				.build();
		}).toList();
	}

	/**
	 * graphql-java's refusal of introspection asked in bad faith (e.g. three
	 * {@code __type} fields in one query): the client's doing, so BAD_USER_INPUT.
	 */
	private static boolean isBadFaithIntrospection(ErrorClassification type) {
		return type != null && "BadFaithIntrospection".equals(String.valueOf(type.toSpecification(null)));
	}

	private static boolean hasCode(ResponseError error) {
		Map<String, Object> extensions = error.getExtensions();
		return extensions != null && extensions.containsKey("code");
	}

	/**
	 * The argument or variable a validation message names ({@code argument
	 * 'input.publishedAfter'}, {@code Variable 'input'}), if any.
	 */
	static Optional<String> argument(String message) {
		if (message == null) {
			return Optional.empty();
		}
		Matcher matcher = NAMED.matcher(message);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static ErrorCode codeFor(ErrorClassification type) {
		if (type == ErrorType.ExecutionAborted) {
			return ErrorCode.QUERY_TOO_COMPLEX;
		}
		if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError || isBadFaithIntrospection(type)) {
			return ErrorCode.BAD_USER_INPUT;
		}
		return ErrorCode.INTERNAL;
	}

}
