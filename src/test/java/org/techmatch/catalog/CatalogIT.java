package org.techmatch.catalog;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.catalog.demo.DemoCorpusLoader;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo corpus as the application loads it on start, read back through GraphQL. */
class CatalogIT extends ElasticsearchIntegrationTest {

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private DemoCorpusLoader demoCorpusLoader;

	@Test
	@DisplayName("catalogStats counts the loaded demo corpus: 11000 achievements, 587 capabilities, all 7 clusters")
	void statsCountTheDemoCorpus() {
		var response = this.graphQlTester.documentName("catalogStats").execute();
		response.path("catalogStats.achievements").entity(Integer.class).isEqualTo(11000);
		response.path("catalogStats.capabilities").entity(Integer.class).isEqualTo(587);
		assertThat(response.path("catalogStats.byCluster[*].cluster").entityList(String.class).get())
			.containsExactlyInAnyOrder("NEW_MATERIALS", "NEW_ENERGY_VEHICLES", "ELECTRONIC_INFORMATION",
					"ADVANCED_EQUIPMENT", "MODERN_MEDICINE", "MODERN_FOOD", "MODERN_LIGHT_TEXTILE");
	}

	@Test
	@DisplayName("both aliases point at one timestamped generation each")
	void aliasesPointAtTimestampedGenerations() {
		assertThat(this.indexAdmin.currentGeneration(CatalogIndices.ACHIEVEMENTS))
			.hasValueSatisfying((name) -> assertThat(name).matches("techmatch-achievements-\\d{14}"));
		assertThat(this.indexAdmin.currentGeneration(CatalogIndices.CAPABILITIES))
			.hasValueSatisfying((name) -> assertThat(name).matches("techmatch-capabilities-\\d{14}"));
	}

	@Test
	@DisplayName("a second start of the loader sees the corpus and changes nothing (no duplicates, same generation)")
	void restartDoesNotDuplicate() {
		String before = this.indexAdmin.currentGeneration(CatalogIndices.ACHIEVEMENTS).orElseThrow();
		this.demoCorpusLoader.start();
		assertThat(this.indexAdmin.currentGeneration(CatalogIndices.ACHIEVEMENTS)).hasValue(before);
		assertThat(this.indexAdmin.count(CatalogIndices.ACHIEVEMENTS.alias())).isEqualTo(11000);
	}

	@Test
	@DisplayName("a capability resolves its chains and its representative achievements")
	void capabilityResolvesNestedFields() {
		var response = this.graphQlTester.documentName("capabilityWithAchievements")
			.variable("id", "cap-demo-0001")
			.execute();
		response.path("capability.id").entity(String.class).isEqualTo("cap-demo-0001");
		response.path("capability.chains").entityList(Object.class).hasSizeGreaterThan(0);
		List<String> ids = response.path("capability.representativeAchievements[*].id").entityList(String.class).get();
		assertThat(ids).isNotEmpty().allSatisfy((id) -> assertThat(id).startsWith("ach-demo-"));
	}

	@Test
	@DisplayName("an unknown achievement id gives NOT_FOUND")
	void unknownIdIsNotFound() {
		this.graphQlTester.document("{ achievement(id: \"ach-demo-99999\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	@Test
	@DisplayName("supply contact fields: null for anonymous callers, shown to a signed-in user")
	void contactForSignedInOnly() {
		String document = "{ achievement(id: \"ach-demo-00001\") { contact { person phone } } capability(id: \"cap-demo-0001\") { contact { person } } }";
		this.graphQlTester.document(document)
			.execute()
			.path("achievement.contact")
			.valueIsNull()
			.path("capability.contact")
			.valueIsNull();
		TestTokens.as(this.graphQlTester, tokens().enterprise())
			.document(document)
			.execute()
			.path("achievement.contact.person")
			.entity(String.class)
			.satisfies((person) -> assertThat(person).isNotBlank())
			.path("capability.contact.person")
			.entity(String.class)
			.satisfies((person) -> assertThat(person).isNotBlank());
	}

}
