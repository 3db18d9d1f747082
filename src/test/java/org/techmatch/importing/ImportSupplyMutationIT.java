package org.techmatch.importing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;

/**
 * importSupply over HTTP. Only rejected rows, so the platform's catalogue is left as it
 * is.
 */
class ImportSupplyMutationIT extends ElasticsearchIntegrationTest {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Test
	@DisplayName("importSupply returns the report: each rejected row with its number, field and reason")
	void reportsRejectedRows() {
		String csv = "成果名称,成熟度\n,通过中试\n某技术,半成品\n";
		this.graphQlTester.documentName("importSupply")
			.variable("input",
					java.util.Map.of("kind", "ACHIEVEMENT", "fileName", "batch.csv", "sourceBatch", "it-mutation",
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
	@DisplayName("importSupply with a path that does not exist gives a userError, not a system error")
	void missingFileIsUserError() {
		this.graphQlTester.documentName("importSupply")
			.variable("input",
					java.util.Map.of("kind", "ACHIEVEMENT", "path", "/no/such/batch.csv", "sourceBatch", "x"))
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

}
