package org.techmatch.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.ElasticsearchRequestLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields that need more data are batched: the requests the application sends to
 * Elasticsearch are counted (an HTTP interceptor on the client), and a search page of 20
 * or of 50 items with each item's institution's other items and each capability's
 * representative achievements costs the same three requests: the search, one
 * {@code _msearch} for all institutions, one {@code _mget} for all representative
 * achievements.
 */
@Import(ElasticsearchRequestLog.class)
class BatchedNestedFieldsIT extends ElasticsearchIntegrationTest {

	private HttpGraphQlTester graphQlTester;

	@Autowired
	void graphQlTester(HttpGraphQlTester tester) {
		this.graphQlTester = tester.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
	}

	private List<String> requestsFor(int first) {
		// mixed page: capabilities rank first for this text, achievements follow
		var warmUp = this.graphQlTester.documentName("searchWithInstitutions")
			.variable("input", Map.of("text", "动力电池回收"))
			.variable("first", first)
			.execute();
		warmUp.errors().verify();
		ElasticsearchRequestLog.clear();
		var response = this.graphQlTester.documentName("searchWithInstitutions")
			.variable("input", Map.of("text", "动力电池回收"))
			.variable("first", first)
			.execute();
		response.errors().verify();
		List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).hasSize(first)
			.anySatisfy((id) -> assertThat(id).startsWith("cap-"))
			.anySatisfy((id) -> assertThat(id).startsWith("ach-"));
		List<String> others = response.path("search.edges[*].node.institution.otherItems[*].id")
			.entityList(String.class)
			.get();
		assertThat(others).isNotEmpty();
		return ElasticsearchRequestLog.requests();
	}

	@Test
	@DisplayName("one Elasticsearch request per nesting level: search, then one _msearch and one _mget, for 20 or 50 items")
	void oneRequestPerLevel() {
		for (int first : new int[] { 20, 50 }) {
			List<String> requests = requestsFor(first);
			assertThat(requests).as("requests for first=%d", first).hasSize(3);
			assertThat(requests).filteredOn((r) -> r.contains("/_search")).hasSize(1);
			assertThat(requests).filteredOn((r) -> r.contains("/_msearch")).hasSize(1);
			assertThat(requests).filteredOn((r) -> r.contains("/_mget")).hasSize(1);
		}
	}

	@Test
	@DisplayName("otherItems leaves out the item it was reached from and keeps to the institution")
	void otherItemsExcludeTheItem() {
		var response = this.graphQlTester.documentName("searchWithInstitutions")
			.variable("input", Map.of("text", "动力电池回收"))
			.variable("first", 10)
			.execute();
		for (int i = 0; i < 10; i++) {
			String id = response.path("search.edges[" + i + "].node.id").entity(String.class).get();
			String institution = response.path("search.edges[" + i + "].node.institution.name")
				.entity(String.class)
				.get();
			response.path("search.edges[" + i + "].node.institution.otherItems[*].id")
				.entityList(String.class)
				.doesNotContain(id);
			response.path("search.edges[" + i + "].node.institution.otherItems[*].institution.name")
				.entityList(String.class)
				.satisfies((names) -> assertThat(names).isNotEmpty().containsOnly(institution));
		}
	}

}
