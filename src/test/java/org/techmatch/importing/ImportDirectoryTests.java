package org.techmatch.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportDirectoryTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { "/etc/passwd", "../passwd", "a/../../etc/passwd", "..", ".", ".hidden.csv",
			"sub/batch.csv", "C:\\batch.csv", "batch.csv\u0000.txt", "" })
	@DisplayName("a name that is not a plain file name is BAD_USER_INPUT on argument path, before the file system is asked")
	void refusesPaths(String name) {
		ImportDirectory imports = new ImportDirectory(this.directory.toString());
		assertThatThrownBy(() -> imports.resolve(name)).isInstanceOfSatisfying(ApiException.class, (ex) -> {
			assertThat(ex.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
			assertThat(ex.extensions()).containsEntry("argument", "path");
			assertThat(ex.getMessage()).doesNotContain(name.isEmpty() ? "\u0001" : name);
		});
	}

	@Test
	@DisplayName("a link in the directory that leads outside it is refused like a path")
	void refusesLinksOut() throws IOException {
		Files.createSymbolicLink(this.directory.resolve("passwd.csv"), Path.of("/etc/passwd"));
		ImportDirectory imports = new ImportDirectory(this.directory.toString());
		assertThatThrownBy(() -> imports.resolve("passwd.csv")).isInstanceOf(ApiException.class);
	}

	@Test
	@DisplayName("a file in the directory resolves; a name it does not hold is empty")
	void resolvesNames() throws IOException {
		Path batch = Files.writeString(this.directory.resolve("zzu 2024h1.csv"), "成果名称\n");
		ImportDirectory imports = new ImportDirectory(this.directory.toString());
		assertThat(imports.resolve("zzu 2024h1.csv")).contains(batch.toRealPath());
		assertThat(imports.resolve("other.csv")).isEmpty();
	}

	@Test
	@DisplayName("with no directory configured every name is BAD_USER_INPUT")
	void noDirectory() {
		ImportDirectory imports = new ImportDirectory("");
		assertThatThrownBy(() -> imports.resolve("batch.csv")).isInstanceOf(ApiException.class);
	}

}
