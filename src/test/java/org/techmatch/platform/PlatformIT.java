package org.techmatch.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformIT extends ElasticsearchIntegrationTest {

	private static final String INDEX = "techmatch-platformit-20261128000000";

	private static final String ALIAS = "techmatch-platformit";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private ElasticsearchClient client;

	@BeforeEach
	void createIndexWithThreeDocuments() throws IOException {
		this.client.indices().create((c) -> c.index(INDEX).aliases(ALIAS, (a) -> a));
		for (int i = 1; i <= 3; i++) {
			String id = "doc-" + i;
			this.client.index((r) -> r.index(INDEX).id(id).document(Map.of("title", "成果 " + id)).refresh(Refresh.True));
		}
	}

	@AfterEach
	void deleteIndex() throws IOException {
		this.client.indices().delete((d) -> d.index(INDEX));
	}

	@Test
	@DisplayName("platform over HTTP reports the real node: version 9.5.3, one node, yellow or green")
	void platformReportsTheRealNode() {
		var response = this.graphQlTester.documentName("platform").execute();
		response.path("platform.version").entity(String.class).satisfies((v) -> assertThat(v).isNotBlank());
		response.path("platform.elasticsearch.version").entity(String.class).isEqualTo("9.5.3");
		response.path("platform.elasticsearch.nodes").entity(Integer.class).isEqualTo(1);
		response.path("platform.elasticsearch.status")
			.entity(String.class)
			.satisfies((s) -> assertThat(s).isIn("GREEN", "YELLOW"));
	}

	@Test
	@DisplayName("platform.indices lists a techmatch-* index with its alias and document count")
	void platformListsIndicesWithAliasesAndCounts() {
		List<IndexInfo> indices = this.graphQlTester.documentName("platform")
			.execute()
			.path("platform.indices")
			.entityList(IndexInfo.class)
			.get();
		assertThat(indices).contains(new IndexInfo(INDEX, List.of(ALIAS), 3));
	}

}
