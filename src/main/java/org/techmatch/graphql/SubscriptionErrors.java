package org.techmatch.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Errors of subscriptions (refused when they start, or failing later) get the same codes
 * as every other error ({@link GraphQlExceptionResolver}); the client receives them in
 * the graphql-transport-ws {@code error} message.
 */
@Component
public class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	public SubscriptionErrors() {
		// the security context of the subscription, to tell UNAUTHENTICATED from
		// FORBIDDEN
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		return GraphQlExceptionResolver.resolve(ex, GraphqlErrorBuilder.newError(), "a subscription");
	}

}
