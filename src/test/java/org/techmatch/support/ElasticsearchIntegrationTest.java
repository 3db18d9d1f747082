package org.techmatch.support;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.techmatch.accounts.AccountRepository;
import org.techmatch.accounts.TokenService;
import org.techmatch.catalog.demo.DemoCorpusLoader;

/**
 * Base of integration tests: the whole application on a random port, talking to the
 * shared test node ({@link TestElasticsearch}), with an {@code HttpGraphQlTester} that
 * goes over real HTTP. Subclasses share one application context, and each test starts
 * once the demo corpus is loaded. Records get vectors only where a test makes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
public abstract class ElasticsearchIntegrationTest {

	@Autowired
	private ObjectProvider<DemoCorpusLoader> demoCorpusLoader;

	@Autowired
	private TokenService tokenService;

	@Autowired
	private AccountRepository accountRepository;

	/** Bearer tokens of the demo accounts, one helper per role. */
	protected TestTokens tokens() {
		return new TestTokens(this.tokenService, this.accountRepository);
	}

	@BeforeEach
	void awaitDemoCorpus() throws Exception {
		DemoCorpusLoader loader = this.demoCorpusLoader.getIfAvailable();
		if (loader != null) {
			loader.loaded().get(5, TimeUnit.MINUTES);
		}
	}

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", TestElasticsearch::url);
		// no background embedding of the demo corpus while tests run (CPU, and demo
		// demands would change
		// version under the tests); tests that need vectors make them with
		// EmbeddingBackfill#embedMissing
		registry.add("techmatch.embedding.backfill", () -> "false");
		registry.add("techmatch.import.directory", () -> TestDirectories.importDirectory().toString());
		registry.add("techmatch.import.report-dir", () -> TestDirectories.reportDirectory().toString());
		registry.add("techmatch.security.signing-key-file", () -> TestDirectories.signingKey().toString());
		// every test shares 127.0.0.1: a limit the ordinary tests stay under, that a
		// flood
		// still meets (RateLimitIT)
		registry.add("techmatch.rate-limit.anonymous-per-second", () -> "100");
		registry.add("techmatch.rate-limit.signed-in-per-second", () -> "500");
	}

}
