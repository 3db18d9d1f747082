package org.techmatch.graphql;

import java.util.Map;
import java.util.stream.Collectors;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelectedFieldsTest {

	@Test
	@DisplayName("paths by field name, through aliases, inline fragments and nested named fragments")
	void pathsThroughFragments() {
		SelectedFields selected = SelectedFields.of(environment("""
				query { search(input: {}, first: 5) {
				  count: totalCount
				  edges { node { ...item ... on Capability { team } } }
				} }
				fragment item on SupplyItem { id ...long }
				fragment long on Achievement { description }
				"""));
		assertThat(selected.test("totalCount")).isTrue();
		assertThat(selected.test("count")).isFalse();
		assertThat(selected.test("edges/node/id")).isTrue();
		assertThat(selected.test("edges/node/description")).isTrue();
		assertThat(selected.test("edges/node/team")).isTrue();
		assertThat(selected.test("edges/node")).isTrue();
		assertThat(selected.test("facets")).isFalse();
		assertThat(selected.test("edges/highlights")).isFalse();
		assertThat(selected.test("edges/node/equipment")).isFalse();
	}

	@Test
	@DisplayName("a field asked for twice is one merged field: both selections count; @skip still counts as selected")
	void mergedOccurrencesAndDirectives() {
		String query = """
				query($noFacets: Boolean!) {
				  search(input: {}, first: 5) { totalCount }
				  search(input: {}, first: 5) { facets @skip(if: $noFacets) { dimension } }
				}
				""";
		Document document = Parser.parse(query);
		OperationDefinition operation = document.getFirstDefinitionOfType(OperationDefinition.class).orElseThrow();
		MergedField.Builder merged = MergedField.newMergedField();
		operation.getSelectionSet().getSelectionsOfType(Field.class).forEach(merged::addField);
		SelectedFields selected = SelectedFields.of(DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(merged.build())
			.fragmentsByName(Map.of())
			.build());
		assertThat(selected.test("totalCount")).isTrue();
		assertThat(selected.test("facets")).isTrue();
		assertThat(selected.test("facets/dimension")).isTrue();
	}

	private static DataFetchingEnvironment environment(String query) {
		Document document = Parser.parse(query);
		OperationDefinition operation = document.getFirstDefinitionOfType(OperationDefinition.class).orElseThrow();
		Field search = operation.getSelectionSet().getSelectionsOfType(Field.class).get(0);
		Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
			.stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, (f) -> f));
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(search).build())
			.fragmentsByName(fragments)
			.build();
	}

}
