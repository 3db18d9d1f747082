package org.techmatch.elastic.guard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.techmatch.elastic.local.LocalNode;
import org.techmatch.support.RawHttp;
import org.techmatch.support.RawHttp.Answer;
import org.techmatch.support.TestDirectories;
import org.techmatch.support.TestElasticsearch;
import org.techmatch.support.TestElasticsearch.ThrowAwayCluster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the Elasticsearch node under a running application and starts it again. Uses a
 * node of its own (not the shared test node, which the other tests need running) and an
 * application context pointed at it, closed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ElasticsearchFaultIT {

	/** An anonymous query that is one Elasticsearch search (an aggregation). */
	private static final String QUERY = "{ catalogStats { achievements capabilities } }";

	private static final long BOUND_MS = 5_000;

	private static ThrowAwayCluster cluster;

	@LocalServerPort
	private int port;

	@Autowired
	private CircuitBreaker elasticsearchCircuitBreaker;

	@DynamicPropertySource
	static void elasticsearch(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", ElasticsearchFaultIT::startNode);
		// an empty platform: the question is only whether Elasticsearch answers
		registry.add("techmatch.demo.enabled", () -> "false");
		registry.add("techmatch.embedding.backfill", () -> "false");
		registry.add("techmatch.import.directory", () -> TestDirectories.importDirectory().toString());
		registry.add("techmatch.import.report-dir", () -> TestDirectories.reportDirectory().toString());
		registry.add("techmatch.security.signing-key-file", () -> TestDirectories.signingKey().toString());
		registry.add("techmatch.rate-limit.anonymous-per-second", () -> "100000");
	}

	private static synchronized String startNode() {
		if (cluster == null) {
			cluster = TestElasticsearch.throwAwayCluster(1);
			cluster.cluster().start();
		}
		return cluster.uris();
	}

	@AfterAll
	static void deleteNode() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	@DisplayName("with the node stopped mid-traffic every request answers UNAVAILABLE within 5 s and health is DOWN; "
			+ "after the node restarts the same request succeeds in the same application")
	void survivesNodeStop() throws Exception {
		RawHttp http = new RawHttp(this.port);
		LocalNode node = cluster.cluster().node(0);
		assertThat(errorCode(http.graphQl(QUERY, null, null))).as("before the stop").isNull();

		// the same request, again and again, while the node stops
		List<Timed> duringStop = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean stopped = new AtomicBoolean();
		ExecutorService traffic = Executors.newFixedThreadPool(2);
		List<Future<?>> senders = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			senders.add(traffic.submit(() -> {
				while (!stopped.get()) {
					duringStop.add(Timed.send(http));
				}
			}));
		}
		Thread.sleep(500);
		node.stop();
		Thread.sleep(500);
		stopped.set(true);
		for (Future<?> sender : senders) {
			sender.get(60, TimeUnit.SECONDS);
		}
		traffic.shutdown();

		List<Timed> failed = duringStop.stream().filter((t) -> t.code() != null).toList();
		System.out.printf("node stop under traffic: %d requests, %d UNAVAILABLE, slowest %d ms%n", duringStop.size(),
				failed.size(), duringStop.stream().mapToLong(Timed::millis).max().orElse(0));
		assertThat(failed).as("requests that failed while the node stopped").isNotEmpty();
		assertThat(failed).allSatisfy((t) -> assertThat(t.code()).isEqualTo("UNAVAILABLE"));
		assertThat(duringStop).allSatisfy((t) -> assertThat(t.millis()).isLessThan(BOUND_MS));

		// with the node gone: the same request, more times than the breaker needs to open
		List<Timed> whileDown = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			whileDown.add(Timed.send(http));
		}
		assertThat(whileDown).allSatisfy((t) -> {
			assertThat(t.code()).isEqualTo("UNAVAILABLE");
			assertThat(t.millis()).isLessThan(BOUND_MS);
		});
		assertThat(this.elasticsearchCircuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		long healthStarted = System.nanoTime();
		Answer health = http.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.json()).containsEntry("status", "DOWN");
		assertThat(millisSince(healthStarted)).isLessThan(BOUND_MS);

		// the node comes back; the application, untouched, answers again by itself
		node.start();
		long recovering = System.nanoTime();
		Timed after = Timed.send(http);
		while (after.code() != null && millisSince(recovering) < 60_000) {
			Thread.sleep(250);
			after = Timed.send(http);
		}
		System.out.printf("after the restart: the request succeeded %d ms after the node was up%n",
				millisSince(recovering));
		assertThat(after.code()).as("the same request after the restart").isNull();
		for (int i = 0; i < 5; i++) {
			assertThat(Timed.send(http).code()).isNull();
		}
		assertThat(this.elasticsearchCircuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(http.get("/actuator/health", null).json()).containsEntry("status", "UP");
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	/** One request's answer time and error code (null when it succeeded). */
	record Timed(long millis, String code) {

		static Timed send(RawHttp http) {
			long started = System.nanoTime();
			Answer answer = http.graphQl(QUERY, null, null);
			return new Timed(millisSince(started), errorCode(answer));
		}

	}

	@SuppressWarnings("unchecked")
	private static String errorCode(Answer answer) {
		Object errors = answer.json().get("errors");
		if (!(errors instanceof List<?> list) || list.isEmpty()) {
			return null;
		}
		Map<String, Object> extensions = (Map<String, Object>) ((Map<String, Object>) list.get(0)).get("extensions");
		return (extensions != null) ? String.valueOf(extensions.get("code")) : "NONE";
	}

}
