package org.techmatch.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the application's bearer tokens: RS256 JWTs signed with the {@link SigningKey},
 * carrying the account id ({@code sub}), its roles ({@code roles}) and organisation
 * ({@code org}), valid for {@code techmatch.security.token-lifetime}.
 */
public class TokenService {

	/** The {@code iss} of the application's own tokens. */
	public static final String ISSUER = "techmatch";

	private final JwtEncoder encoder;

	private final Duration lifetime;

	private final Clock clock;

	public TokenService(JwtEncoder encoder, Duration lifetime, Clock clock) {
		this.encoder = encoder;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/** A signed token for the account. */
	public Token issue(Account account) {
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.lifetime);
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(account.getId())
			.issuedAt(now)
			.expiresAt(expires)
			.claim("email", account.getEmail())
			.claim(Caller.ROLES_CLAIM, account.getRoles().stream().map(Role::name).toList());
		if (account.getOrganisationId() != null) {
			claims.claim(Caller.ORGANISATION_CLAIM, account.getOrganisationId());
		}
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
		return new Token(value, expires);
	}

	/** A token and when it expires. */
	public record Token(String value, Instant expiresAt) {

	}

}
