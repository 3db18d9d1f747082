package org.techmatch.platform;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.techmatch.graphql.GraphQlExceptionResolver;
import org.techmatch.platform.ElasticsearchStatus.ClusterStatus;

import static org.mockito.BDDMockito.given;

@GraphQlTest(controllers = PlatformController.class)
@org.springframework.context.annotation.Import(GraphQlExceptionResolver.class)
class PlatformControllerTest {

	@Autowired
	private GraphQlTester graphQlTester;

	@MockitoBean
	private PlatformService platformService;

	@MockitoBean
	private SynonymReloader synonymReloader;

	@Test
	@DisplayName("platform maps the service's version, cluster status and indices onto the schema")
	void platformMapsServiceResults() {
		given(this.platformService.platform()).willReturn(new Platform("1.2.3"));
		given(this.platformService.elasticsearch())
			.willReturn(new ElasticsearchStatus("9.5.3", ClusterStatus.YELLOW, 1));
		given(this.platformService.indices()).willReturn(List
			.of(new IndexInfo("techmatch-achievements-20261128000000", List.of("techmatch-achievements"), 11000)));

		this.graphQlTester.documentName("platform")
			.execute()
			.path("platform")
			.matchesJson(
					"""
							{
							  "version": "1.2.3",
							  "elasticsearch": { "version": "9.5.3", "status": "YELLOW", "nodes": 1 },
							  "indices": [
							    { "name": "techmatch-achievements-20261128000000", "aliases": ["techmatch-achievements"], "docsCount": 11000 }
							  ]
							}
							""");
	}

	@Test
	@DisplayName("a cluster that is down gives UNAVAILABLE with a request id and no exception text")
	void clusterDownIsUnavailable() {
		given(this.platformService.platform()).willReturn(new Platform("1.2.3"));
		given(this.platformService.elasticsearch()).willThrow(
				new java.io.UncheckedIOException(new java.net.ConnectException("Connection refused: 127.0.0.1:9200")));

		this.graphQlTester.document("{ platform { elasticsearch { version } } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				org.assertj.core.api.Assertions.assertThat(errors).hasSize(1);
				org.assertj.core.api.Assertions.assertThat(errors.get(0).getExtensions())
					.containsEntry("code", "UNAVAILABLE")
					.containsKey("requestId");
				org.assertj.core.api.Assertions.assertThat(errors.get(0).getMessage())
					.doesNotContain("Connection refused");
			});
	}

}
