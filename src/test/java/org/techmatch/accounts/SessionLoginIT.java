package org.techmatch.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's way in: a session cookie from a form login, with CSRF protection on every
 * state-changing request that rides on it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionLoginIT extends ElasticsearchIntegrationTest {

	private static final String ME = "{\"query\":\"{ me { email } }\"}";

	@LocalServerPort
	private int port;

	@Autowired
	private LoginRateLimitFilter loginRateLimit;

	private CookieManager cookies;

	private HttpClient client;

	@BeforeEach
	void newBrowser() {
		this.cookies = new CookieManager();
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	@Test
	@Order(1)
	@DisplayName("a form login without the CSRF token is refused (403)")
	void loginNeedsCsrf() throws Exception {
		assertThat(login(null).statusCode()).isEqualTo(403);
	}

	@Test
	@Order(2)
	@DisplayName("with the CSRF token the login opens a session; session requests need the token too")
	void sessionWithCsrf() throws Exception {
		get("/auth/csrf");
		String csrf = xsrfCookie();
		assertThat(login(csrf).statusCode()).isEqualTo(204);
		HttpResponse<String> withoutToken = post("/graphql", ME, null);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		HttpResponse<String> withToken = post("/graphql", ME, xsrfCookie());
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(withToken.body()).contains(DemoAccounts.ENTERPRISE);
	}

	@Test
	@Order(3)
	@DisplayName("a wrong password opens no session (401)")
	void wrongPassword() throws Exception {
		get("/auth/csrf");
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/auth/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", xsrfCookie())
			.POST(HttpRequest.BodyPublishers.ofString("username=" + DemoAccounts.ENTERPRISE + "&password=nope"))
			.build());
		assertThat(answer.statusCode()).isEqualTo(401);
	}

	@Test
	@Order(99)
	@DisplayName("guessing passwords: past 10 form logins a minute from one address, RATE_LIMITED (429) before the password is read")
	void loginRateLimited() throws Exception {
		get("/auth/csrf");
		String csrf = xsrfCookie();
		int limited = 0;
		// 21: the limit is 10 per one-minute window, and a burst (this one, after the
		// logins of the tests before it) may straddle two windows; 21 within a minute
		// exceed any two
		for (int i = 0; i < 21; i++) {
			HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/auth/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofString("username=" + DemoAccounts.ADMIN + "&password=guess" + i))
				.build());
			if (answer.statusCode() == 429) {
				assertThat(answer.body()).contains("RATE_LIMITED");
				limited++;
			}
			else {
				assertThat(answer.statusCode()).isEqualTo(401);
			}
		}
		assertThat(limited).isPositive();
		// the application context is shared: later test classes sign in from this
		// address within the minute
		this.loginRateLimit.reset();
	}

	private HttpResponse<String> login(String csrf) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/auth/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + encode(DemoAccounts.ENTERPRISE) + "&password=" + encode(DemoAccounts.PASSWORD)));
		if (csrf != null) {
			request.header("X-XSRF-TOKEN", csrf);
		}
		return send(request.build());
	}

	private String xsrfCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private HttpResponse<String> post(String path, String json, String csrf) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrf != null) {
			request.header("X-XSRF-TOKEN", csrf);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
