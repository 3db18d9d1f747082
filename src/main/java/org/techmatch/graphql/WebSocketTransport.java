package org.techmatch.graphql;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;

/**
 * GraphQL over WebSocket ({@code spring.graphql.websocket.path}) accepting the handshake
 * from the application's own origin only, unless {@code spring.graphql.cors.*} names
 * others. (Spring Boot's own handler checks no origin when no CORS origins are
 * configured; a page on another site could then open a connection riding on a signed-in
 * user's session cookie.) Requests without an {@code Origin} header (API clients, not
 * browsers) are accepted. Only in the web application: the command-line tools start
 * without a web server and without the web GraphQL handler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSocketTransport {

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			GraphQlCorsProperties cors, JsonMapper json) {
		CorsConfiguration origins = cors.toCorsConfiguration();
		return new GraphQlWebSocketHandler(handler, new JacksonJsonHttpMessageConverter(json),
				properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(),
				(origins != null) ? origins : new CorsConfiguration());
	}

}
