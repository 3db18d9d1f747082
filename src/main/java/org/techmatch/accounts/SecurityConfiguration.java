package org.techmatch.accounts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.techmatch.elastic.local.LocalNodeProperties;

/**
 * The one {@link SecurityFilterChain} and what it needs. Authorization of GraphQL fields
 * is on the service methods ({@code @PreAuthorize}); the chain only authenticates:
 * <ul>
 * <li>API clients send {@code Authorization: Bearer <JWT>}, signed by the application
 * ({@link TokenService}, key from {@link SigningKey}) and checked by Spring Security's
 * resource-server support with nimbus; or, with
 * {@code techmatch.security.oidc-issuer-uri} set, issued by that OpenID Connect issuer
 * instead (roles in its {@code roles} claim, organisation in {@code org}).</li>
 * <li>The portal signs in with a form POST to {@code /auth/login} and then holds a
 * session cookie; every state-changing request that carries a session cookie (and every
 * {@code /auth/} POST) needs the CSRF token from the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header. Bearer requests and anonymous requests carry no ambient
 * credential, so they need none.</li>
 * <li>GraphQL subscriptions open a WebSocket with a GET on {@code /graphql}: no CSRF
 * token, the handshake is refused from another origin instead (a page elsewhere cannot
 * ride on the session cookie); they authenticate with the session cookie of that request
 * or a bearer token in the {@code connection_init} message
 * ({@link WebSocketAuthentication}).</li>
 * </ul>
 * Actuator endpoints other than health need ADMIN; health shows details to ADMIN only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtAuthenticationConverter jwtAuthentication)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/graphql", "/graphql/**", "/graphiql", "/graphiql/**", "/auth/**", "/error")
			.permitAll()
			.requestMatchers("/", "/index.html", "/favicon.ico", "/*.js", "/*.css", "/assets/**", "/webjars/**",
					"/pages/**")
			.permitAll()
			.anyRequest()
			.denyAll())
			.oauth2ResourceServer(
					(resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtAuthenticationConverter(jwtAuthentication)))
			.formLogin((form) -> form.loginPage("/auth/login")
				.loginProcessingUrl("/auth/login")
				.successHandler(
						(request, response, authentication) -> response.setStatus(HttpStatus.NO_CONTENT.value()))
				.failureHandler((request, response, ex) -> response.setStatus(HttpStatus.UNAUTHORIZED.value()))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/auth/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.csrf((csrf) -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
			.httpBasic((basic) -> basic.disable())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						(request) -> request.getRequestURI().startsWith("/auth/"))
				.authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint()));
		return http.build();
	}

	/**
	 * A state-changing request riding on a session cookie, or any POST to the session
	 * endpoints under {@code /auth/}; not a request that authenticates with a bearer
	 * token.
	 */
	static boolean needsCsrfToken(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return request.getRequestedSessionId() != null || request.getRequestURI().startsWith("/auth/");
	}

	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

	/** Bearer tokens in the {@code connection_init} of GraphQL over WebSocket. */
	@Bean
	WebSocketAuthentication webSocketAuthentication(JwtDecoder jwtDecoder,
			JwtAuthenticationConverter jwtAuthenticationConverter) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder);
		provider.setJwtAuthenticationConverter(jwtAuthenticationConverter);
		return new WebSocketAuthentication(new ProviderManager(provider));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(provider);
	}

	@Bean
	RSAKey tokenSigningKey(@Value("${techmatch.security.signing-key-file:}") String file, Environment environment) {
		Path path;
		if (!file.isBlank()) {
			path = Path.of(file);
		}
		else {
			String workDir = environment.getProperty("techmatch.elastic.local.work-dir");
			path = ((workDir != null && !workDir.isBlank()) ? Path.of(workDir) : LocalNodeProperties.defaultWorkDir())
				.resolve("jwt-signing-key.jwk");
		}
		return SigningKey.loadOrCreate(path);
	}

	@Bean
	JwtEncoder jwtEncoder(RSAKey tokenSigningKey) {
		return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(tokenSigningKey)));
	}

	/**
	 * The application's own tokens, or with {@code techmatch.security.oidc-issuer-uri}
	 * set those of that issuer (its metadata fetched on first use).
	 */
	@Bean
	JwtDecoder jwtDecoder(RSAKey tokenSigningKey, @Value("${techmatch.security.oidc-issuer-uri:}") String issuer)
			throws JOSEException {
		if (!issuer.isBlank()) {
			return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TokenService.ISSUER));
		return decoder;
	}

	@Bean
	TokenService tokenService(JwtEncoder jwtEncoder,
			@Value("${techmatch.security.token-lifetime:8h}") Duration lifetime) {
		return new TokenService(jwtEncoder, lifetime, Clock.systemUTC());
	}

}
