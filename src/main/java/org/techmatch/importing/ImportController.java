package org.techmatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * {@code importSupply}: a batch named by server path or uploaded as base64, through the
 * one import path.
 */
@Controller
public class ImportController {

	private final BatchImporter importer;

	public ImportController(BatchImporter importer) {
		this.importer = importer;
	}

	@MutationMapping
	public ImportPayload importSupply(@Argument ImportInput input) {
		if (input.sourceBatch() == null || input.sourceBatch().isBlank()) {
			return ImportPayload.failed(UserError.of("sourceBatch", UserErrorCode.REQUIRED, "sourceBatch is required"));
		}
		boolean hasPath = input.path() != null && !input.path().isBlank();
		boolean hasContent = input.contentBase64() != null && !input.contentBase64().isBlank();
		if (hasPath == hasContent) {
			return ImportPayload.failed(
					UserError.of("path", UserErrorCode.INVALID, "Give either path or contentBase64 (with fileName)"));
		}
		if (hasPath && !Files.isRegularFile(Path.of(input.path()))) {
			return ImportPayload
				.failed(UserError.of("path", UserErrorCode.NOT_FOUND, "No such file on the server: " + input.path()));
		}
		Path upload = null;
		try {
			Path file = hasPath ? Path.of(input.path()) : (upload = store(input));
			ImportReport report = this.importer.importFile(input.kind(), file, input.format(),
					new ImportDefaults(input.sourceBatch(), input.region()), (count) -> {
					});
			return ImportPayload.of(report);
		}
		catch (IllegalArgumentException ex) {
			return ImportPayload
				.failed(UserError.of("contentBase64", UserErrorCode.INVALID, "contentBase64 is not base64"));
		}
		catch (ImportException ex) {
			return ImportPayload
				.failed(UserError.of(hasPath ? "path" : "fileName", UserErrorCode.INVALID, ex.getMessage()));
		}
		finally {
			deleteQuietly(upload);
		}
	}

	/**
	 * An uploaded batch goes to a temporary file named like the upload, so its extension
	 * tells the format.
	 */
	private static Path store(ImportInput input) {
		byte[] bytes = Base64.getMimeDecoder().decode(input.contentBase64());
		String name = (input.fileName() != null) ? Path.of(input.fileName()).getFileName().toString() : "upload";
		try {
			Path directory = Files.createTempDirectory("techmatch-import-");
			return Files.write(directory.resolve(name), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path upload) {
		if (upload == null) {
			return;
		}
		try {
			Files.deleteIfExists(upload);
			Files.deleteIfExists(upload.getParent());
		}
		catch (IOException ex) {
			// a temporary file; the OS cleans up eventually
		}
	}

}
