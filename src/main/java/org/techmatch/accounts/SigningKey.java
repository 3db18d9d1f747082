package org.techmatch.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The RSA key the application signs its JWTs with: generated on first start and kept as a
 * JWK file readable by the owner only, by default beside the local Elasticsearch node's
 * data ({@code <work-dir>/jwt-signing-key.jwk}). Instances behind a load balancer share
 * the file (or use an external issuer). Never in the repository.
 */
public final class SigningKey {

	private static final Log logger = LogFactory.getLog(SigningKey.class);

	private SigningKey() {
	}

	/**
	 * The key in {@code file}, generated and written there first if the file is absent.
	 */
	public static synchronized RSAKey loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
			}
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(temporary);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(temporary,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING);
			Files.move(temporary, file);
			logger.info("Generated the token signing key " + file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the token signing key " + file, ex);
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException("The token signing key " + file + " is not a usable RSA JWK", ex);
		}
	}

}
