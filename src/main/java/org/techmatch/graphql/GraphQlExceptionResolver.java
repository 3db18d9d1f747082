package org.techmatch.graphql;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors: {@link ApiException}s keep their
 * code and message; a refused authorization is {@code UNAUTHENTICATED} for a caller with
 * no credential and {@code FORBIDDEN} for one signed in; a cluster that is down or too
 * slow is {@code UNAVAILABLE}; anything else is an opaque {@code INTERNAL} error with a
 * request id that is also in the log. No exception text or stack trace reaches the
 * client. Errors of subscriptions ({@link SubscriptionErrors}) are made the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(GraphQlExceptionResolver.class);

	private static final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	public GraphQlExceptionResolver() {
		// the security context of the request, to tell UNAUTHENTICATED from FORBIDDEN
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		return resolve(ex, GraphqlErrorBuilder.newError(env), String.valueOf(env.getExecutionStepInfo().getPath()));
	}

	/**
	 * The error {@code ex} becomes, built on {@code builder}; {@code where} names the
	 * place in the log.
	 */
	static GraphQLError resolve(Throwable ex, GraphqlErrorBuilder<?> builder, String where) {
		if (ex instanceof ApiException api) {
			Map<String, Object> extensions = new LinkedHashMap<>(api.extensions());
			extensions.put("code", api.code().name());
			return error(builder, classification(api.code()), api.getMessage(), extensions);
		}
		if (ex instanceof AuthenticationException
				|| (ex instanceof AccessDeniedException && isAnonymous(SecurityContextHolder.getContext()))) {
			return error(builder, ErrorType.UNAUTHORIZED, "Sign in to do this",
					Map.of("code", ErrorCode.UNAUTHENTICATED.name()));
		}
		if (ex instanceof AccessDeniedException) {
			return error(builder, ErrorType.FORBIDDEN, "Your account may not do this",
					Map.of("code", ErrorCode.FORBIDDEN.name()));
		}
		if (isUnavailable(ex)) {
			String requestId = requestId();
			logger.warn("Elasticsearch unavailable [requestId=" + requestId + "]: " + ex);
			return error(builder, ErrorType.INTERNAL_ERROR, "The search cluster is unavailable; try again shortly",
					Map.of("code", ErrorCode.UNAVAILABLE.name(), "requestId", requestId));
		}
		String requestId = requestId();
		logger.error("Unexpected error [requestId=" + requestId + "] at " + where, ex);
		return error(builder, ErrorType.INTERNAL_ERROR, "Internal error (request id " + requestId + ")",
				Map.of("code", ErrorCode.INTERNAL.name(), "requestId", requestId));
	}

	private static GraphQLError error(GraphqlErrorBuilder<?> builder, ErrorType type, String message,
			Map<String, Object> extensions) {
		return builder.errorType(type).message(message).extensions(extensions).build();
	}

	private static boolean isAnonymous(SecurityContext context) {
		Authentication authentication = context.getAuthentication();
		return authentication == null || trustResolver.isAnonymous(authentication);
	}

	private static ErrorType classification(ErrorCode code) {
		return switch (code) {
			case BAD_USER_INPUT, QUERY_TOO_COMPLEX, RATE_LIMITED -> ErrorType.BAD_REQUEST;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			default -> ErrorType.INTERNAL_ERROR;
		};
	}

	/**
	 * Connection refused, timeouts and transport failures anywhere in the cause chain,
	 * and a cluster that answers "too busy", "unavailable" or "gateway timeout" (429,
	 * 503, 504).
	 */
	static boolean isUnavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException es
					&& (es.status() == 429 || es.status() == 503 || es.status() == 504)) {
				return true;
			}
			if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof TransportException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	private static String requestId() {
		return UUID.randomUUID().toString();
	}

}
