package org.techmatch.accounts;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /auth/csrf}: sets the {@code XSRF-TOKEN} cookie the portal sends back in the
 * {@code X-XSRF-TOKEN} header with its session requests ({@code POST /auth/login}, then
 * {@code /graphql}). The login and logout themselves are Spring Security's
 * ({@link SecurityConfiguration}).
 */
@RestController
public class SessionController {

	@GetMapping("/auth/csrf")
	public Map<String, String> csrf(CsrfToken token) {
		// reading the token makes the repository write its cookie
		token.getToken();
		return Map.of("headerName", token.getHeaderName(), "cookieName", "XSRF-TOKEN");
	}

}
