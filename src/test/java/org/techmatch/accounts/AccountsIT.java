package org.techmatch.accounts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.RawHttp;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity over real HTTP: the demo accounts, tokens from signIn, roles on
 * reloadSynonyms, and what a bad token gets.
 */
class AccountsIT extends ElasticsearchIntegrationTest {

	private static final String RELOAD = "mutation { reloadSynonyms { indices } }";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	private RawHttp http;

	@LocalServerPort
	void port(int port) {
		this.http = new RawHttp(port);
	}

	@Test
	@DisplayName("anonymous reloadSynonyms is UNAUTHENTICATED")
	void reloadAnonymous() {
		this.graphQlTester.document(RELOAD).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "UNAUTHENTICATED");
		});
	}

	@Test
	@DisplayName("reloadSynonyms with an ENTERPRISE or EXPERT token is FORBIDDEN")
	void reloadForbidden() {
		for (String token : List.of(tokens().enterprise(), tokens().expert())) {
			TestTokens.as(this.graphQlTester, token).document(RELOAD).execute().errors().satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
			});
		}
	}

	@Test
	@DisplayName("reloadSynonyms with an ADMIN token reloads the platform's indices")
	void reloadAdmin() {
		TestTokens.as(this.graphQlTester, tokens().admin())
			.document(RELOAD)
			.execute()
			.path("reloadSynonyms.indices")
			.entityList(String.class)
			.satisfies((indices) -> assertThat(indices).isNotEmpty());
	}

	@Test
	@DisplayName("signIn with a demo account's password gives a token that me accepts, with roles and organisation")
	void signInAndMe() {
		String token = this.graphQlTester
			.document("mutation { signIn(input: {email: \"ZHANG@lvyuan.demo \", password: \"" + DemoAccounts.PASSWORD
					+ "\"}) { token expiresAt userErrors { code } } }")
			.execute()
			.path("signIn.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("signIn.token")
			.entity(String.class)
			.get();
		TestTokens.as(this.graphQlTester, token)
			.document("{ me { id email roles organisation { id name } } }")
			.execute()
			.path("me.email")
			.entity(String.class)
			.isEqualTo(DemoAccounts.ENTERPRISE)
			.path("me.roles")
			.entityList(String.class)
			.containsExactly("ENTERPRISE")
			.path("me.organisation.id")
			.entity(String.class)
			.isEqualTo(DemoAccounts.LVYUAN);
	}

	@Test
	@DisplayName("signIn with a wrong password or an unknown address gives userError INVALID_CREDENTIALS and no token")
	void signInRefused() {
		for (String email : List.of(DemoAccounts.ADMIN, "nobody@example.com")) {
			this.graphQlTester.document(
					"mutation($e: String!) { signIn(input: {email: $e, password: \"wrong\"}) { token userErrors { code } } }")
				.variable("e", email)
				.execute()
				.path("signIn.token")
				.valueIsNull()
				.path("signIn.userErrors[0].code")
				.entity(String.class)
				.isEqualTo("INVALID_CREDENTIALS");
		}
	}

	@Test
	@DisplayName("anonymous me is null")
	void meAnonymous() {
		this.graphQlTester.document("{ me { id } }").execute().path("me").valueIsNull();
	}

	@Test
	@DisplayName("a token with a broken signature is refused with 401 before any resolver runs")
	void forgedToken() {
		String token = tokens().enterprise();
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA"
				+ token.substring(token.lastIndexOf('.') + 5);
		RawHttp.Answer answer = this.http.graphQl(RELOAD, null, forged);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.body()).doesNotContain("indices");
	}

	@Test
	@DisplayName("anonymous search still works with security on")
	void anonymousSearch() {
		RawHttp.Answer answer = this.http.graphQl("{ search(input: {text: \"电池\"}, first: 1) { totalCount } }",
				Map.of(), null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("totalCount").doesNotContain("errors");
	}

}
