package org.techmatch.graphql;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals cursors (AES-GCM): what a cursor carries (sort values, the point-in-time id,
 * which names the concrete indices) is neither readable nor forgeable by clients. The key
 * is random per process until {@link #useKey} gives one shared by every instance (derived
 * from the token signing key, {@code CursorKeyConfiguration}).
 */
public final class CursorSeal {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom random = new SecureRandom();

	private static volatile SecretKeySpec key = randomKey();

	private CursorSeal() {
	}

	/** Uses a key derived from {@code secret} (any length) from now on. */
	public static void useKey(byte[] secret) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update("techmatch-cursor-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			key = new SecretKeySpec(sha256.digest(secret), "AES");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] seal(byte[] plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @throws IllegalArgumentException when {@code sealed} was not sealed with this key
	 */
	static byte[] open(byte[] sealed) {
		if (sealed.length <= IV_BYTES) {
			throw new IllegalArgumentException("too short");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key,
					new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 0, IV_BYTES)));
			return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not sealed with this key", ex);
		}
	}

	private static SecretKeySpec randomKey() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return new SecretKeySpec(bytes, "AES");
	}

}
