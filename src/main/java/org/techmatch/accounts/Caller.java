package org.techmatch.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the services need it: the account, its organisation and its roles,
 * read from the security context (a bearer JWT or a portal session). Anonymous when
 * nobody signed in.
 *
 * @param accountId null when anonymous
 * @param organisationId the organisation an ENTERPRISE member belongs to, else null
 * @param roles empty when anonymous
 */
public record Caller(String accountId, String organisationId, Set<Role> roles) {

	public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

	/** JWT claim carrying the roles ({@code ["ENTERPRISE"]}). */
	public static final String ROLES_CLAIM = "roles";

	/** JWT claim carrying the organisation id of an ENTERPRISE member. */
	public static final String ORGANISATION_CLAIM = "org";

	/** The caller of the current request. */
	public static Caller current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Caller of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Jwt jwt) {
			return new Caller(jwt.getSubject(), jwt.getClaimAsString(ORGANISATION_CLAIM), Set.copyOf(roles));
		}
		if (principal instanceof AccountUser user) {
			return new Caller(user.accountId(), user.organisationId(), Set.copyOf(roles));
		}
		return new Caller(authentication.getName(), null, Set.copyOf(roles));
	}

	public boolean isAnonymous() {
		return this.accountId == null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** ADMIN or EXPERT: sees every demand with its owner. */
	public boolean isStaff() {
		return has(Role.ADMIN) || has(Role.EXPERT);
	}

	/** Whether the caller is an ENTERPRISE member of {@code organisationId}. */
	public boolean isMemberOf(String organisationId) {
		return organisationId != null && has(Role.ENTERPRISE) && organisationId.equals(this.organisationId);
	}

	/** Role names, as the token carries them. */
	public List<String> roleNames() {
		return this.roles.stream().map(Role::name).sorted().toList();
	}

}
