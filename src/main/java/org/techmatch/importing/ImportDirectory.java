package org.techmatch.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.techmatch.graphql.ApiException;

/**
 * The one server directory {@code importSupply} may read batch files from
 * ({@code techmatch.import.directory}; unset: none, only uploads). A caller names a file
 * in it, never a path: a name with a separator, a leading dot or a control character is
 * refused before the file system is asked, and a name that resolves (through a link)
 * outside the directory is refused as well, with the same message, so the answer never
 * tells whether some other path exists.
 */
@Component
public class ImportDirectory {

	private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._ ()-]{0,199}");

	private final Path directory;

	public ImportDirectory(@Value("${techmatch.import.directory:}") String directory) {
		this.directory = directory.isBlank() ? null : Path.of(directory).toAbsolutePath().normalize();
	}

	/**
	 * The file called {@code name} in the import directory.
	 * @return empty when the name is well-formed but no such regular file is in the
	 * directory
	 * @throws ApiException BAD_USER_INPUT on argument {@code path} when no directory is
	 * configured, or the name is not a plain file name, or it leads outside the directory
	 */
	public Optional<Path> resolve(String name) {
		if (this.directory == null) {
			throw ApiException.badInput("path",
					"No import directory is configured on the server (techmatch.import.directory); upload the file with contentBase64 instead");
		}
		if (name == null || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
			throw notAFileName();
		}
		Path file = this.directory.resolve(name);
		if (!file.getParent().equals(this.directory)) {
			throw notAFileName();
		}
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			Path real = file.toRealPath();
			if (!real.getParent().equals(this.directory.toRealPath(LinkOption.NOFOLLOW_LINKS).toRealPath())) {
				throw notAFileName();
			}
			return Optional.of(real);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static ApiException notAFileName() {
		return ApiException.badInput("path",
				"path must be the name of a file in the server's import directory, not a path");
	}

}
