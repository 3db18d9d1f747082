package org.techmatch.graphql;

import java.io.IOException;
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
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A rate limit per caller on {@code /graphql} and {@code /auth/}: per account when signed
 * in, per client address when anonymous ({@code techmatch.rate-limit.*} requests per
 * second; resilience4j {@link RateLimiter}s, one per caller, kept while in use). A
 * request over the limit is answered at once with HTTP 429, {@code Retry-After: 1} and
 * the error code {@code RATE_LIMITED}; nothing runs. Runs after the security filter
 * chain, so the caller is known.
 */
@Component
public class RateLimitFilter extends OncePerRequestFilter {

	private static final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	private final RateLimiterConfig anonymous;

	private final RateLimiterConfig signedIn;

	private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	public RateLimitFilter(@Value("${techmatch.rate-limit.anonymous-per-second:20}") int anonymousPerSecond,
			@Value("${techmatch.rate-limit.signed-in-per-second:50}") int signedInPerSecond) {
		this.anonymous = config(anonymousPerSecond);
		this.signedIn = config(signedInPerSecond);
	}

	private static RateLimiterConfig config(int perSecond) {
		return RateLimiterConfig.custom()
			.limitForPeriod(perSecond)
			.limitRefreshPeriod(Duration.ofSeconds(1))
			.timeoutDuration(Duration.ZERO)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.equals("/graphql") || path.startsWith("/auth/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean known = authentication != null && authentication.isAuthenticated()
				&& !trustResolver.isAnonymous(authentication);
		String key = known ? "account:" + authentication.getName() : "address:" + request.getRemoteAddr();
		RateLimiter limiter = this.limiters.get(key,
				(name) -> RateLimiter.of(name, known ? this.signedIn : this.anonymous));
		if (!limiter.acquirePermission()) {
			response.setHeader("Retry-After", "1");
			ErrorResponses.write(response, 429, ErrorCode.RATE_LIMITED, "Too many requests; retry in a second");
			return;
		}
		chain.doFilter(request, response);
	}

}
