package org.techmatch.accounts;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import org.techmatch.graphql.CursorSeal;

/**
 * Seals cursors with a key derived from the token signing key, so that every instance
 * sharing that key file reads the others' cursors (and a restart keeps them valid while
 * their point in time lives).
 */
@Component
public class CursorKeyConfiguration implements InitializingBean {

	private final RSAKey signingKey;

	public CursorKeyConfiguration(RSAKey tokenSigningKey) {
		this.signingKey = tokenSigningKey;
	}

	@Override
	public void afterPropertiesSet() throws JOSEException {
		CursorSeal.useKey(this.signingKey.toRSAPrivateKey().getEncoded());
	}

}
