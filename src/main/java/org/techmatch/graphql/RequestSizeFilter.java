package org.techmatch.graphql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A size limit on {@code /graphql} request bodies:
 * {@code techmatch.graphql.max-request-size} (256KB), or
 * {@code techmatch.graphql.max-admin-request-size} (32MB) for ADMIN, whose
 * {@code importSupply} uploads batches. A declared length over the limit is answered at
 * once with HTTP 413 and {@code BAD_USER_INPUT}; a body without a declared length stops
 * being read at the limit.
 */
@Component
public class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxAdminBytes;

	public RequestSizeFilter(@Value("${techmatch.graphql.max-request-size:256KB}") DataSize max,
			@Value("${techmatch.graphql.max-admin-request-size:32MB}") DataSize maxAdmin) {
		this.maxBytes = max.toBytes();
		this.maxAdminBytes = maxAdmin.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = isAdmin() ? this.maxAdminBytes : this.maxBytes;
		if (request.getContentLengthLong() > limit) {
			ErrorResponses.write(response, 413, ErrorCode.BAD_USER_INPUT,
					"The request body is larger than " + limit + " bytes");
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private static boolean isAdmin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	/** A request whose body ends with an error once more than the limit is read. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) throws IOException {
					this.read += n;
					if (this.read > LimitedRequest.this.limit) {
						throw new IOException("request body over the limit");
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
