package org.techmatch.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application's own tokens, without a server. */
class TokensTest {

	@TempDir
	java.nio.file.Path directory;

	private final SecurityConfiguration configuration = new SecurityConfiguration();

	private static Account member() {
		Account account = new Account();
		account.setId("acc-1");
		account.setEmail("a@example.com");
		account.setRoles(List.of(Role.ENTERPRISE));
		account.setOrganisationId("org-1");
		return account;
	}

	@Test
	@DisplayName("a token from TokenService decodes to the caller: account, organisation and role")
	void roundTrip() throws Exception {
		RSAKey key = SigningKey.loadOrCreate(this.directory.resolve("key.jwk"));
		TokenService tokens = new TokenService(this.configuration.jwtEncoder(key), Duration.ofHours(1),
				Clock.systemUTC());
		JwtDecoder decoder = this.configuration.jwtDecoder(key, "");
		Jwt jwt = decoder.decode(tokens.issue(member()).value());
		Authentication authentication = this.configuration.jwtAuthenticationConverter().convert(jwt);
		Caller caller = Caller.of(authentication);
		assertThat(caller.accountId()).isEqualTo("acc-1");
		assertThat(caller.isMemberOf("org-1")).isTrue();
		assertThat(caller.has(Role.ADMIN)).isFalse();
	}

	@Test
	@DisplayName("the key survives a restart (same file), and a token signed by another key is refused")
	void otherKeyRefused() throws Exception {
		RSAKey key = SigningKey.loadOrCreate(this.directory.resolve("key.jwk"));
		assertThat(SigningKey.loadOrCreate(this.directory.resolve("key.jwk")).getKeyID()).isEqualTo(key.getKeyID());
		RSAKey other = new RSAKeyGenerator(2048).keyID("other").generate();
		String forged = new TokenService(this.configuration.jwtEncoder(other), Duration.ofHours(1), Clock.systemUTC())
			.issue(member())
			.value();
		assertThatThrownBy(() -> this.configuration.jwtDecoder(key, "").decode(forged))
			.isInstanceOf(JwtException.class);
	}

	@Test
	@DisplayName("with techmatch.security.oidc-issuer-uri set, tokens are checked against that issuer, fetched lazily")
	void externalIssuer() throws Exception {
		RSAKey key = SigningKey.loadOrCreate(this.directory.resolve("key.jwk"));
		assertThat(this.configuration.jwtDecoder(key, "https://issuer.example.invalid/realms/techmatch"))
			.isInstanceOf(SupplierJwtDecoder.class);
	}

}
