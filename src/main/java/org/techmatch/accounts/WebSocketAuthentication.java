package org.techmatch.accounts;

import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.support.AbstractAuthenticationWebSocketInterceptor;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;

/**
 * Authentication of GraphQL over WebSocket (graphql-transport-ws). A client signs in
 * either with the portal's session cookie on the handshake (the security filter chain
 * authenticates the upgrade request like any other, and Spring for GraphQL carries that
 * security context to every message of the connection), or with a bearer token in the
 * {@code connection_init} payload, {@code {"Authorization": "Bearer <token>"}}, checked
 * like the HTTP header (the application's JWT, or the external issuer's). An invalid
 * token closes the connection with 4401 Unauthorized. Without either, operations run
 * anonymous.
 * <p>
 * Each operation also gets the id of its WebSocket session in the GraphQL context
 * ({@link #CONNECTION_ID}), so that limits can be counted per connection.
 */
public class WebSocketAuthentication extends AbstractAuthenticationWebSocketInterceptor {

	/** GraphQL context key holding the WebSocket session id of an operation. */
	public static final String CONNECTION_ID = "techmatch.websocketSession";

	private final AuthenticationManager bearerTokens;

	public WebSocketAuthentication(AuthenticationManager bearerTokens) {
		super(new BearerTokenAuthenticationExtractor());
		this.bearerTokens = bearerTokens;
	}

	@Override
	protected Mono<Authentication> authenticate(Authentication authentication) {
		return Mono.fromCallable(() -> this.bearerTokens.authenticate(authentication));
	}

	@Override
	protected ContextView getContextToWrite(SecurityContext securityContext) {
		// the key of Spring for GraphQL's SecurityContextThreadLocalAccessor
		return Context.of(SecurityContext.class.getName(), securityContext);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest webSocket) {
			String session = webSocket.getSessionInfo().getId();
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.<Object, Object>of(CONNECTION_ID, session)).build());
		}
		return super.intercept(request, chain);
	}

}
