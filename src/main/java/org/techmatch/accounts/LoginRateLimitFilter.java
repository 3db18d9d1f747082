package org.techmatch.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guessing through the portal's form login: at most
 * {@code techmatch.rate-limit.login-per-minute} {@code POST /auth/login} per client
 * address, checked before Spring Security reads the password (the login is answered by
 * the security filter chain, so the per-caller {@code RateLimitFilter} after it never
 * sees it). Over the limit: HTTP 429, {@code RATE_LIMITED}. {@code signIn} goes through
 * {@code /graphql} and its limit.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
public class LoginRateLimitFilter extends OncePerRequestFilter {

	private final RateLimiterConfig config;

	private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	public LoginRateLimitFilter(@Value("${techmatch.rate-limit.login-per-minute:10}") int perMinute) {
		this.config = RateLimiterConfig.custom()
			.limitForPeriod(perMinute)
			.limitRefreshPeriod(Duration.ofMinutes(1))
			.timeoutDuration(Duration.ZERO)
			.build();
	}

	/** Forgets every address's attempts (tests: the next test class signs in again). */
	void reset() {
		this.limiters.invalidateAll();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/auth/login".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter limiter = this.limiters.get(request.getRemoteAddr(),
				(address) -> RateLimiter.of(address, this.config));
		if (!limiter.acquirePermission()) {
			response.setStatus(429);
			response.setHeader("Retry-After", "60");
			response.setContentType("application/json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"Too many sign-in attempts; retry in a minute\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
