package org.techmatch.portal;

import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.techmatch.support.ElasticsearchIntegrationTest;

/**
 * Base of the portal's browser tests: the application on a free port against the test
 * Elasticsearch node with the demo corpus, and a headless Chromium per test
 * ({@link Browser}).
 */
abstract class PortalBrowserTest extends ElasticsearchIntegrationTest {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	int port;

	/** Opens the portal at a hash route, e.g. {@code #/search?q=电池}. */
	void open(String hash) {
		open(this.browser, hash);
	}

	void open(Browser in, String hash) {
		in.driver().get(base() + "/" + hash);
	}

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Signs in through the portal's sign-in page and waits for the page it leads to. */
	void signIn(String email, String password) {
		signIn(this.browser, email, password);
	}

	void signIn(Browser in, String email, String password) {
		open(in, "#/login");
		new LoginPage(in).signIn(email, password);
	}

}
