package org.techmatch.accounts;

import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accounts by e-mail address, for password sign-in (session login and {@code signIn}).
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	public AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Account account = this.accounts.findByEmail(normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return new AccountUser(account,
				account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
	}

	/** E-mail addresses are compared trimmed and lower-cased. */
	public static String normalise(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
