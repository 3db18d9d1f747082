package org.techmatch.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.TechMatchApplication;
import org.techmatch.catalog.CatalogIndices;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.GraphQlSubscriber;
import org.techmatch.support.TestDirectories;
import org.techmatch.support.TestElasticsearch;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application sharing one Elasticsearch node: this test's
 * application (A) and a second one started here (B, demo data off). An achievement
 * imported through A that matches an open demand reaches the demand's subscriber on B as
 * NEW_MATCH: B learns of it only through the shared event index.
 */
class EventsAcrossInstancesIT extends ElasticsearchIntegrationTest {

	private static final String BATCH = "it-live-events";

	private static final String DEMAND_EVENTS = "subscription($id: ID!) { demandEvents(demandId: $id) "
			+ "{ type demandId supplyId note occurredAt supply { id title } } }";

	private static final String IMPORT = "mutation($input: ImportInput!) { importSupply(input: $input) "
			+ "{ report { created rejected } userErrors { code message } } }";

	private HttpGraphQlTester graphQlTester;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	void tester(HttpGraphQlTester tester) {
		this.graphQlTester = tester.mutate()
			.webTestClient((client) -> client.responseTimeout(GraphQlSubscriber.WAIT))
			.responseTimeout(GraphQlSubscriber.WAIT)
			.build();
	}

	@Test
	@DisplayName("an import through instance A that creates a matching achievement reaches demandEvents on instance B as NEW_MATCH")
	void newMatchReachesTheOtherInstance() {
		String demandId = submitDemand();
		try (ConfigurableApplicationContext instanceB = startInstanceB();
				GraphQlSubscriber member = GraphQlSubscriber.withToken(port(instanceB), tokens().enterprise())) {
			EventStream streamB = instanceB.getBean(EventStream.class);
			member.subscribe(DEMAND_EVENTS, Map.of("id", demandId));
			await().atMost(GraphQlSubscriber.WAIT).until(() -> {
				assertThat(member.failures()).isEmpty();
				return streamB.subscribers() == 1;
			});

			importMatchingAchievement();

			Map<String, Object> event = member.awaitField("demandEvents", (e) -> "NEW_MATCH".equals(e.get("type")));
			assertThat(event).containsEntry("demandId", demandId);
			assertThat((String) event.get("supplyId")).startsWith("ach-");
			assertThat((String) event.get("note")).startsWith("score ");
			assertThat(event.get("supply")).isEqualTo(Map.of("id", event.get("supplyId"), "title", "氦三同位素低温精馏提纯装置"));
		}
	}

	private String submitDemand() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", "氦三同位素低温精馏提纯装置");
		input.put("description", "需要氦三同位素低温精馏提纯装置，用于稀释制冷机的氦三供应，要求提纯效率高、能耗低。");
		input.put("ownerOrganization", "某公司");
		Map<String, Object> demand = TestTokens.as(this.graphQlTester, tokens().enterprise())
			.documentName("submitDemand")
			.variable("input", input)
			.execute()
			.path("submitDemand.demand")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		return (String) demand.get("id");
	}

	private void importMatchingAchievement() {
		String csv = "成果名称,成果描述\n氦三同位素低温精馏提纯装置,低温精馏提纯氦三同位素的装置，提纯效率高、能耗低，可为稀释制冷机供应氦三。\n";
		TestTokens.as(this.graphQlTester, tokens().admin())
			.document(IMPORT)
			.variable("input",
					Map.of("kind", "ACHIEVEMENT", "fileName", "live-events.csv", "sourceBatch", BATCH, "contentBase64",
							Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))))
			.execute()
			.path("importSupply.report.created")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	/** The second instance: its own web server, the same node, the same signing key. */
	private static ConfigurableApplicationContext startInstanceB() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.elasticsearch.uris", TestElasticsearch.url());
		properties.put("techmatch.demo.enabled", "false");
		properties.put("techmatch.embedding.enabled", "false");
		properties.put("techmatch.embedding.backfill", "false");
		properties.put("techmatch.security.signing-key-file", TestDirectories.signingKey().toString());
		properties.put("techmatch.import.directory", TestDirectories.importDirectory().toString());
		properties.put("techmatch.import.report-dir", TestDirectories.reportDirectory().toString());
		// shorter than the wait for the event: the fields of a subscription's events are
		// fetched whenever the event comes, with no deadline counted from the subscribe
		properties.put("techmatch.graphql.request-timeout", "1s");
		return new SpringApplicationBuilder(TechMatchApplication.class).properties(properties).run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** The shared catalogue stays as the other tests expect it. */
	@AfterEach
	void removeImportedAchievement() throws IOException {
		String alias = CatalogIndices.ACHIEVEMENTS.alias();
		this.client.indices().refresh((r) -> r.index(alias));
		for (Hit<JsonData> hit : this.client
			.search((s) -> s.index(alias).query((q) -> q.term((t) -> t.field("sourceBatch").value(BATCH))),
					JsonData.class)
			.hits()
			.hits()) {
			this.client.delete((d) -> d.index(alias).id(hit.id()).refresh(Refresh.True));
		}
	}

}
