package org.techmatch.events;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import org.techmatch.accounts.DemoAccounts;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.GraphQlSubscriber;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Subscriptions over a real WebSocket (graphql-transport-ws): who may subscribe, and that
 * events logged in the shared index reach the subscribers.
 */
class LiveEventsIT extends ElasticsearchIntegrationTest {

	static final String DEMAND_EVENTS = "subscription($id: ID!) { demandEvents(demandId: $id) "
			+ "{ id type demandId recommendationId supplyId status note occurredAt } }";

	static final String QUEUE_EVENTS = "subscription { queueEvents { type demandId organisationId note occurredAt "
			+ "demand { id title } } }";

	@LocalServerPort
	private int port;

	private HttpGraphQlTester graphQlTester;

	@Autowired
	private EventStream stream;

	@Autowired
	private EventLog eventLog;

	@Autowired
	void tester(HttpGraphQlTester tester) {
		// the first demand submitted loads the embedding model
		this.graphQlTester = tester.mutate()
			.webTestClient((client) -> client.responseTimeout(GraphQlSubscriber.WAIT))
			.responseTimeout(GraphQlSubscriber.WAIT)
			.build();
	}

	@Test
	@DisplayName("queueEvents (expert) receives DEMAND_SUBMITTED when an enterprise submits a demand")
	void queueReceivesSubmittedDemand() {
		try (GraphQlSubscriber expert = GraphQlSubscriber.withToken(this.port, tokens().expert())) {
			int before = this.stream.subscribers();
			expert.subscribe(QUEUE_EVENTS, Map.of());
			awaitSubscribers(expert, before + 1);
			String demandId = submitDemand("直播事件测试需求：废旧锂电池拆解");

			Map<String, Object> event = expert.awaitField("queueEvents", (e) -> demandId.equals(e.get("demandId")));

			assertThat(event).containsEntry("type", "DEMAND_SUBMITTED")
				.containsEntry("organisationId", DemoAccounts.LVYUAN);
			assertThat(event.get("demand")).isEqualTo(Map.of("id", demandId, "title", "直播事件测试需求：废旧锂电池拆解"));
		}
	}

	@Test
	@DisplayName("demandEvents (member of the owning organisation) receives its demand's recommendation events and no other demand's")
	void memberReceivesOwnDemandEvents() {
		String demandId = submitDemand("直播事件测试需求：秸秆制板");
		try (GraphQlSubscriber member = GraphQlSubscriber.withToken(this.port, tokens().colleague())) {
			int before = this.stream.subscribers();
			member.subscribe(DEMAND_EVENTS, Map.of("id", demandId));
			awaitSubscribers(member, before + 1);
			this.eventLog.append(WorkflowEvent.recommendationSent("dem-someone-else", DemoAccounts.ZHIGAN, "rec-x",
					"ach-x", "not yours"));
			this.eventLog.append(WorkflowEvent.demandClaimed(demandId, DemoAccounts.LVYUAN, "acc-demo-expert-li"));
			this.eventLog.append(WorkflowEvent.recommendationSent(demandId, DemoAccounts.LVYUAN, "rec-1", "ach-1",
					"two lines that fit"));

			Map<String, Object> event = member.awaitField("demandEvents", (e) -> true);

			assertThat(event).containsEntry("type", "RECOMMENDATION_SENT")
				.containsEntry("demandId", demandId)
				.containsEntry("recommendationId", "rec-1")
				.containsEntry("supplyId", "ach-1")
				.containsEntry("status", "SENT")
				.containsEntry("note", "two lines that fit");
			assertThat(event.get("occurredAt")).isNotNull();
			// the claim (a queue event) and the other demand's event did not reach this
			// subscriber
			assertThat(member.received()).hasSize(1);
		}
	}

	@Test
	@DisplayName("demandEvents: anonymous UNAUTHENTICATED, another organisation FORBIDDEN, unknown demand NOT_FOUND; an expert may follow any demand")
	void demandEventsRoles() {
		String demandId = submitDemand("直播事件测试需求：权限");
		assertThat(errorCode(null, DEMAND_EVENTS, Map.of("id", demandId))).isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(tokens().otherEnterprise(), DEMAND_EVENTS, Map.of("id", demandId))).isEqualTo("FORBIDDEN");
		assertThat(errorCode(tokens().expert(), DEMAND_EVENTS, Map.of("id", "dem-no-such-demand")))
			.isEqualTo("NOT_FOUND");
		try (GraphQlSubscriber expert = GraphQlSubscriber.withToken(this.port, tokens().expert())) {
			int before = this.stream.subscribers();
			expert.subscribe(DEMAND_EVENTS, Map.of("id", demandId));
			awaitSubscribers(expert, before + 1);
			this.eventLog.append(WorkflowEvent.newMatch(demandId, DemoAccounts.LVYUAN, "ach-2", "score 99.0"));
			assertThat(expert.awaitField("demandEvents", (e) -> true)).containsEntry("type", "NEW_MATCH");
		}
	}

	@Test
	@DisplayName("queueEvents: anonymous UNAUTHENTICATED, an enterprise member FORBIDDEN")
	void queueEventsRoles() {
		assertThat(errorCode(null, QUEUE_EVENTS, Map.of())).isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(tokens().enterprise(), QUEUE_EVENTS, Map.of())).isEqualTo("FORBIDDEN");
	}

	@Test
	@DisplayName("the portal's session cookie on the handshake authenticates the subscription")
	void sessionCookieAuthenticates() throws Exception {
		String demandId = submitDemand("直播事件测试需求：会话");
		try (GraphQlSubscriber member = GraphQlSubscriber.withCookie(this.port, portalSession())) {
			int before = this.stream.subscribers();
			member.subscribe(DEMAND_EVENTS, Map.of("id", demandId));
			awaitSubscribers(member, before + 1);
			this.eventLog.append(WorkflowEvent.recommendationChanged(demandId, DemoAccounts.LVYUAN, "rec-2", "ach-2",
					"ACCEPTED", null));
			assertThat(member.awaitField("demandEvents", (e) -> true)).containsEntry("status", "ACCEPTED");
		}
	}

	@Test
	@DisplayName("an invalid bearer token in connection_init closes the connection (4401)")
	void invalidTokenClosesConnection() {
		try (GraphQlSubscriber forged = GraphQlSubscriber.withToken(this.port, "not.a.token")) {
			forged.subscribe(QUEUE_EVENTS, Map.of());
			await().atMost(GraphQlSubscriber.WAIT).until(() -> !forged.failures().isEmpty());
			assertThat(forged.received()).isEmpty();
			assertThat(forged.failures().get(0)).hasMessageContaining("4401");
		}
	}

	@Test
	@DisplayName("a handshake from another origin is refused (403); the session cookie cannot be ridden from elsewhere")
	void otherOriginRefused() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.ORIGIN, "http://evil.example");
		assertThatThrownBy(() -> new StandardWebSocketClient()
			.execute(GraphQlSubscriber.url(this.port), headers, (session) -> Mono.empty())
			.block(Duration.ofSeconds(30))).hasMessageContaining("403");
	}

	@Test
	@DisplayName("a connection holds at most 8 subscriptions: the 9th gets RATE_LIMITED")
	void subscriptionsPerConnectionLimited() {
		try (GraphQlSubscriber expert = GraphQlSubscriber.withToken(this.port, tokens().expert())) {
			int before = this.stream.subscribers();
			for (int i = 0; i < 8; i++) {
				expert.subscribe(QUEUE_EVENTS, Map.of());
			}
			awaitSubscribers(expert, before + 8);
			expert.subscribe(QUEUE_EVENTS, Map.of());
			assertThat(expert.errorCode()).isEqualTo("RATE_LIMITED");
		}
		await().atMost(GraphQlSubscriber.WAIT).until(() -> this.stream.subscribers() == 0);
	}

	private String errorCode(String token, String document, Map<String, Object> variables) {
		try (GraphQlSubscriber subscriber = GraphQlSubscriber.withToken(this.port, token)) {
			return subscriber.subscribe(document, variables).errorCode();
		}
	}

	private void awaitSubscribers(GraphQlSubscriber subscriber, int count) {
		await().atMost(GraphQlSubscriber.WAIT).until(() -> {
			if (!subscriber.failures().isEmpty()) {
				throw new AssertionError("subscription failed", subscriber.failures().get(0));
			}
			return this.stream.subscribers() >= count;
		});
	}

	private String submitDemand(String title) {
		Map<String, Object> demand = TestTokens.as(this.graphQlTester, tokens().enterprise())
			.documentName("submitDemand")
			.variable("input",
					Map.of("title", title, "description", title + "，需要成熟的技术方案和合作单位。", "ownerOrganization", "某公司"))
			.execute()
			.path("submitDemand.demand")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		return (String) demand.get("id");
	}

	/** Signs in like the portal (form login with the CSRF token); the session cookie. */
	private String portalSession() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		http.send(HttpRequest.newBuilder(uri("/auth/csrf")).GET().build(), HttpResponse.BodyHandlers.discarding());
		String csrf = cookie(cookies, "XSRF-TOKEN");
		HttpResponse<Void> login = http.send(HttpRequest.newBuilder(uri("/auth/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-XSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + URLEncoder.encode(DemoAccounts.ENTERPRISE_2, StandardCharsets.UTF_8)
						+ "&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isEqualTo(204);
		return "JSESSIONID=" + cookie(cookies, "JSESSIONID");
	}

	private static String cookie(CookieManager cookies, String name) {
		List<HttpCookie> all = cookies.getCookieStore().getCookies();
		return all.stream().filter((c) -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElseThrow();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
