package org.techmatch.elastic;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cluster-wide import lock against the real node: other processes are played by other
 * {@link ImportLock} instances (each its own owner), as a command-line import in another
 * JVM would be.
 */
class ImportLockIT extends ElasticsearchIntegrationTest {

	private static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-lock",
			"elastic/indices/achievements.json");

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private IndexGenerations generations;

	@AfterEach
	void deleteIndex() {
		this.indexAdmin.removeAbandonedGenerations(INDEX);
	}

	@Test
	@DisplayName("a second process waits for the lock, then says who holds it and for what; once released it gets it")
	void secondWaitsThenReports() {
		ImportLock first = new ImportLock(this.client, Duration.ofSeconds(60), Duration.ofSeconds(1));
		ImportLock second = new ImportLock(this.client, Duration.ofSeconds(60), Duration.ofSeconds(1));
		try {
			ImportLock.Lease held = first.acquire("import achievements a.ndjson");
			StringBuilder told = new StringBuilder();
			long started = System.nanoTime();
			assertThatThrownBy(() -> second.acquire("import capabilities b.csv", Duration.ofSeconds(1),
					(holder) -> told.append(holder.describe())))
				.isInstanceOf(ImportLockedException.class)
				.hasMessageContaining("another import is running")
				.hasMessageContaining(first.owner())
				.hasMessageContaining("import achievements a.ndjson");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
			assertThat(told.toString()).contains(first.owner(), "import achievements a.ndjson", "lease until");
			held.close();
			try (ImportLock.Lease mine = second.acquire("import capabilities b.csv")) {
				assertThat(first.tryAcquire("another")).isNull();
			}
		}
		finally {
			first.destroy();
			second.destroy();
		}
	}

	@Test
	@DisplayName("a holder that stops renewing (killed) loses the lock once its lease expires; it then publishes nothing")
	void expiredLeaseIsTakenOver() throws Exception {
		ImportLock dead = new ImportLock(this.client, Duration.ofSeconds(2), Duration.ofSeconds(1));
		ImportLock next = new ImportLock(this.client, Duration.ofSeconds(60), Duration.ofSeconds(10));
		try {
			dead.acquire("import killed with -9");
			dead.destroy();
			assertThat(next.tryAcquire("too early")).as("the lease is still running").isNull();
			try (ImportLock.Lease taken = next.acquire("import after the crash")) {
				assertThatThrownBy(dead::assertHeld).isInstanceOf(ImportLockLostException.class);
				next.assertHeld();
			}
		}
		finally {
			next.destroy();
		}
	}

	@Test
	@DisplayName("clean-up leaves a generation alone while its builder's lease runs, and deletes it once the lease expired")
	void cleanUpOnlyAfterTheLeaseExpired() throws Exception {
		this.generations.replaceAll(INDEX, java.util.List.of(java.util.Map.of("id", "a-1", "title", "已发布")),
				(d) -> (String) d.get("id"));
		ImportLock builder = new ImportLock(this.client, Duration.ofSeconds(3), Duration.ofSeconds(1));
		try {
			builder.acquire("import into " + INDEX.alias());
			String building = this.indexAdmin.createGeneration(INDEX);

			assertThat(this.generations.removeAbandonedGenerations(INDEX)).isFalse();
			assertThat(exists(building)).as("a generation whose builder holds a live lease").isTrue();

			builder.destroy();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			boolean cleaned = false;
			while (!cleaned && System.nanoTime() < deadline) {
				cleaned = this.generations.removeAbandonedGenerations(INDEX);
				Thread.sleep(200);
			}
			assertThat(cleaned).isTrue();
			assertThat(exists(building)).as("abandoned: its lease expired").isFalse();
			assertThat(this.indexAdmin.currentGeneration(INDEX)).isPresent();
			assertThat(this.indexAdmin.count(INDEX.alias())).isEqualTo(1);
		}
		finally {
			builder.destroy();
			this.indexAdmin.currentGeneration(INDEX).ifPresent(this.indexAdmin::discard);
		}
	}

	private boolean exists(String index) throws java.io.IOException {
		return this.client.indices().exists((e) -> e.index(index)).value();
	}

}
