package org.techmatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Imports requested through the API: the batch is uploaded (base64 content with a file
 * name) or named as a file in the {@link ImportDirectory}; no other server path is read.
 * Answers name files by their file name only, never by a server path.
 */
@Service
public class UploadedImports {

	private final BatchImporter importer;

	private final ImportDirectory directory;

	public UploadedImports(BatchImporter importer, ImportDirectory directory) {
		this.importer = importer;
		this.directory = directory;
	}

	/** ADMIN only. */
	@PreAuthorize("hasRole('ADMIN')")
	public ImportPayload importBatch(ImportInput input) {
		if (input.sourceBatch() == null || input.sourceBatch().isBlank()) {
			return ImportPayload.failed(UserError.of("sourceBatch", UserErrorCode.REQUIRED, "sourceBatch is required"));
		}
		ImportDefaults defaults;
		try {
			defaults = new ImportDefaults(input.sourceBatch(), input.region());
		}
		catch (IllegalArgumentException ex) {
			return ImportPayload.failed(
					UserError.of("sourceBatch", UserErrorCode.INVALID, "sourceBatch must contain a letter or digit"));
		}
		boolean hasPath = input.path() != null && !input.path().isBlank();
		boolean hasContent = input.contentBase64() != null && !input.contentBase64().isBlank();
		if (hasPath == hasContent) {
			return ImportPayload.failed(
					UserError.of("path", UserErrorCode.INVALID, "Give either path or contentBase64 (with fileName)"));
		}
		Path file;
		Path upload = null;
		if (hasPath) {
			Optional<Path> named = this.directory.resolve(input.path());
			if (named.isEmpty()) {
				return ImportPayload.failed(UserError.of("path", UserErrorCode.NOT_FOUND,
						"The import directory holds no file of that name"));
			}
			file = named.get();
		}
		else {
			byte[] bytes;
			try {
				bytes = Base64.getMimeDecoder().decode(input.contentBase64());
			}
			catch (IllegalArgumentException ex) {
				return ImportPayload
					.failed(UserError.of("contentBase64", UserErrorCode.INVALID, "contentBase64 is not base64"));
			}
			file = upload = store(input.fileName(), bytes);
		}
		try {
			ImportReport report = this.importer.importFile(input.kind(), file, input.format(), defaults, (count) -> {
			});
			return ImportPayload.of(report.withFileNamesOnly());
		}
		catch (ImportException ex) {
			return ImportPayload.failed(UserError.of(hasPath ? "path" : "fileName", UserErrorCode.INVALID,
					withoutDirectories(ex.getMessage(), file)));
		}
		catch (org.techmatch.elastic.ImportLockedException ex) {
			return ImportPayload.failed(UserError.of("kind", UserErrorCode.CONFLICT,
					"another import is running (" + ex.holder().purpose() + "); try again when it has finished"));
		}
		finally {
			deleteQuietly(upload);
		}
	}

	/** A message that named the file by its server path names it by its file name. */
	private static String withoutDirectories(String message, Path file) {
		String text = (message != null) ? message : "The file cannot be read";
		return text.replace(file.toString(), file.getFileName().toString());
	}

	/**
	 * An uploaded batch goes to a temporary file named like the upload (its extension
	 * tells the format), in a directory of its own.
	 */
	private static Path store(String fileName, byte[] bytes) {
		String name = "upload";
		if (fileName != null) {
			String last = fileName.replace('\\', '/');
			last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
			if (!last.isEmpty() && !last.startsWith(".")) {
				name = last;
			}
		}
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
