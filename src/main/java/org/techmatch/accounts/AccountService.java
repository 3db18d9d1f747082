package org.techmatch.accounts;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;

import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Sign-in with e-mail and password for a bearer token ({@code signIn}), and the caller's
 * own account ({@code me}).
 */
@Service
public class AccountService {

	private final AuthenticationManager authenticationManager;

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final TokenService tokens;

	private final boolean externalIssuer;

	public AccountService(AuthenticationManager authenticationManager, AccountRepository accounts,
			OrganisationRepository organisations, TokenService tokens,
			@Value("${techmatch.security.oidc-issuer-uri:}") String issuer) {
		this.authenticationManager = authenticationManager;
		this.accounts = accounts;
		this.organisations = organisations;
		this.tokens = tokens;
		this.externalIssuer = !issuer.isBlank();
	}

	/** Anyone: a token for matching credentials, else userError INVALID_CREDENTIALS. */
	public SignInPayload signIn(SignInInput input) {
		if (this.externalIssuer) {
			throw ApiException.badInput("input", "Tokens are issued by the configured OpenID Connect issuer");
		}
		String email = AccountUserDetailsService.normalise(input.email());
		try {
			this.authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, input.password()));
		}
		catch (AuthenticationException ex) {
			return SignInPayload.failed(UserError.of(null, UserErrorCode.INVALID_CREDENTIALS,
					"The e-mail address and password do not match an account"));
		}
		Account account = this.accounts.findByEmail(email).orElseThrow();
		TokenService.Token token = this.tokens.issue(account);
		return new SignInPayload(token.value(), token.expiresAt().atOffset(ZoneOffset.UTC), view(account), List.of());
	}

	/** Anyone: the caller's account, empty when anonymous or unknown here. */
	public Optional<AccountView> me() {
		Caller caller = Caller.current();
		if (caller.isAnonymous()) {
			return Optional.empty();
		}
		return this.accounts.findById(caller.accountId()).map(this::view);
	}

	/** The organisation's name, if it exists. */
	public Optional<String> organisationName(String organisationId) {
		return (organisationId != null) ? this.organisations.findById(organisationId).map(Organisation::getName)
				: Optional.empty();
	}

	private AccountView view(Account account) {
		AccountView.OrganisationView organisation = (account.getOrganisationId() != null)
				? this.organisations.findById(account.getOrganisationId())
					.map((o) -> new AccountView.OrganisationView(o.getId(), o.getName(), o.getCity()))
					.orElse(null)
				: null;
		return new AccountView(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
				organisation);
	}

}
