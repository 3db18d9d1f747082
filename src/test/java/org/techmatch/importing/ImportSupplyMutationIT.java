package org.techmatch.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.TestTokens;
import org.techmatch.support.RawHttp;
import org.techmatch.support.TestDirectories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * importSupply over HTTP. Only rejected rows, so the platform's catalogue is left as it
 * is.
 */
class ImportSupplyMutationIT extends ElasticsearchIntegrationTest {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	private RawHttp http;

	@LocalServerPort
	void port(int port) {
		this.http = new RawHttp(port);
	}

	@Test
	@DisplayName("importSupply returns the report: each rejected row with its number, field and reason")
	void reportsRejectedRows() {
		String csv = "成果名称,成熟度\n,通过中试\n某技术,半成品\n";
		TestTokens.as(this.graphQlTester, tokens().admin())
			.documentName("importSupply")
			.variable("input",
					Map.of("kind", "ACHIEVEMENT", "fileName", "batch.csv", "sourceBatch", "it-mutation",
							"contentBase64", Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))))
			.execute()
			.path("importSupply.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("importSupply.report.rows")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importSupply.report.rejected")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importSupply.report.created")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("importSupply.report.generation")
			.valueIsNull()
			.path("importSupply.report.problems[0].rowNumber")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importSupply.report.problems[0].field")
			.entity(String.class)
			.isEqualTo("title")
			.path("importSupply.report.problems[1].rowNumber")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("importSupply.report.problems[1].field")
			.entity(String.class)
			.isEqualTo("maturity");
	}

	@Test
	@DisplayName("importSupply with a file name the import directory does not hold gives userError NOT_FOUND")
	void missingFileIsUserError() {
		TestTokens.as(this.graphQlTester, tokens().admin())
			.documentName("importSupply")
			.variable("input", Map.of("kind", "ACHIEVEMENT", "path", "no-such-batch.csv", "sourceBatch", "x"))
			.execute()
			.path("importSupply.report")
			.valueIsNull()
			.path("importSupply.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND")
			.path("importSupply.userErrors[0].field")
			.entity(String.class)
			.isEqualTo("path");
	}

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({ "/etc/passwd,CSV", "/etc/passwd,NDJSON", "../../../../etc/passwd,CSV", "/no/such/batch.csv,CSV",
			"imports/../passwd,CSV", "..,CSV" })
	@DisplayName("importSupply refuses a server path with BAD_USER_INPUT on argument path, and echoes no file content")
	void refusesServerPaths(String path, String format) {
		RawHttp.Answer answer = this.http.graphQl(
				"mutation($input: ImportInput!) { importSupply(input: $input) { report { warnings problems { reason } } userErrors { message } } }",
				Map.of("input", Map.of("kind", "ACHIEVEMENT", "path", path, "format", format, "sourceBatch", "x")),
				tokens().admin());
		assertThat(answer.body()).doesNotContain("root:").doesNotContain("/bin/");
		assertThat(errorCodes(answer)).containsExactly("BAD_USER_INPUT");
		assertThat(answer.body()).contains("\"argument\":\"path\"");
	}

	@Test
	@DisplayName("importSupply refuses a link in the import directory that leads outside it")
	void refusesLinkOutOfTheDirectory() throws IOException {
		Path link = TestDirectories.importDirectory().resolve("passwd-link.csv");
		Files.deleteIfExists(link);
		Files.createSymbolicLink(link, Path.of("/etc/passwd"));
		RawHttp.Answer answer = this.http.graphQl(
				"mutation { importSupply(input: {kind: ACHIEVEMENT, path: \"passwd-link.csv\", sourceBatch: \"x\"}) { report { warnings } userErrors { message } } }",
				null, tokens().admin());
		assertThat(answer.body()).doesNotContain("root:");
		assertThat(errorCodes(answer)).containsExactly("BAD_USER_INPUT");
	}

	@Test
	@DisplayName("importSupply reads a file named in the import directory; answers name files without server paths, and reports get unique names")
	void importsFromTheImportDirectory() throws IOException {
		Files.writeString(TestDirectories.importDirectory().resolve("rejects.csv"), "成果名称,成熟度\n,通过中试\n",
				StandardCharsets.UTF_8);
		Map<String, Object> input = Map.of("kind", "ACHIEVEMENT", "path", "rejects.csv", "sourceBatch", "it-dir");
		String first = TestTokens.as(this.graphQlTester, tokens().admin())
			.documentName("importSupply")
			.variable("input", input)
			.execute()
			.path("importSupply.report.rejected")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("importSupply.report.reportFile")
			.entity(String.class)
			.get();
		String second = TestTokens.as(this.graphQlTester, tokens().admin())
			.documentName("importSupply")
			.variable("input", input)
			.execute()
			.path("importSupply.report.reportFile")
			.entity(String.class)
			.get();
		assertThat(first).startsWith("rejects.csv.").doesNotContain("/");
		assertThat(second).isNotEqualTo(first);
		assertThat(TestDirectories.reportDirectory().resolve(first)).exists();
		assertThat(TestDirectories.reportDirectory().resolve(second)).exists();
	}

	@Test
	@DisplayName("importSupply without a token is UNAUTHENTICATED and reads nothing")
	void anonymousIsUnauthenticated() {
		RawHttp.Answer answer = this.http.graphQl(
				"mutation { importSupply(input: {kind: ACHIEVEMENT, path: \"/etc/passwd\", sourceBatch: \"x\"}) { userErrors { message } } }",
				null, null);
		assertThat(errorCodes(answer)).containsExactly("UNAUTHENTICATED");
		assertThat(answer.body()).doesNotContain("root:");
	}

	@Test
	@DisplayName("importSupply with an ENTERPRISE or EXPERT token is FORBIDDEN")
	void nonAdminIsForbidden() {
		for (String token : List.of(tokens().enterprise(), tokens().expert())) {
			RawHttp.Answer answer = this.http.graphQl(
					"mutation { importSupply(input: {kind: ACHIEVEMENT, path: \"x.csv\", sourceBatch: \"x\"}) { userErrors { message } } }",
					null, token);
			assertThat(errorCodes(answer)).containsExactly("FORBIDDEN");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Object> errorCodes(RawHttp.Answer answer) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.json().getOrDefault("errors", List.of());
		return errors.stream().map((error) -> ((Map<String, Object>) error.get("extensions")).get("code")).toList();
	}

}
