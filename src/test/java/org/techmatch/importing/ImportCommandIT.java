package org.techmatch.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.elastic.ImportLock;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.support.CommandLine;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line importer as an operator runs it, {@code java -jar target/techmatch.jar
 * import …}: a separate JVM with its own application context, against the same node as
 * this test's server. Needs the packaged jar ({@code mvn verify} builds it before the
 * integration tests run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCommandIT extends ElasticsearchIntegrationTest {

	private static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-cli-achievements",
			"elastic/indices/achievements.json");

	private static final IndexDefinition CRASH_INDEX = new IndexDefinition("techmatch-it-crash-achievements",
			"elastic/indices/achievements.json");

	@Autowired
	private BatchImporter importer;

	@Autowired
	private ImportLock lock;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private ElasticsearchClient client;

	@TempDir
	Path folder;

	@AfterAll
	void deleteIndices() {
		for (IndexDefinition index : List.of(INDEX, CRASH_INDEX)) {
			this.indexAdmin.currentGeneration(index).ifPresent(this.indexAdmin::discard);
			this.indexAdmin.removeAbandonedGenerations(index);
		}
	}

	@Test
	@DisplayName("a command-line import while the server imports: it reports the lock clearly, or waits and then "
			+ "completes; neither deletes the other's generation")
	void commandLineWhileTheServerImports() throws Exception {
		Path fixture = Path.of(getClass().getResource("/importing/zhibei-shaped-achievements.ndjson").toURI());
		CompletableFuture<Void> cliWaiting = new CompletableFuture<>();
		// the server's import holds the lock from before the command line starts until
		// it is done (the lock is reentrant for the importing thread)
		CompletableFuture<ImportReport> server = CompletableFuture.supplyAsync(() -> {
			try (ImportLock.Lease lease = this.lock.acquire("server import of zhibei achievements")) {
				cliWaiting.get(5, TimeUnit.MINUTES);
				return this.importer.importInto(INDEX, ImportKind.ACHIEVEMENT, SharedData.zhibei("achievements.ndjson"),
						null, new ImportDefaults("zhibei-2020", null), (n) -> {
						});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		try {
			awaitLockHeldBy(this.lock.owner());

			CommandLine impatient = CommandLine.start(this.folder, "impatient", List.of("import", "achievements",
					fixture.toString(), "--batch=cli", "--index=" + INDEX.alias(), "--techmatch.import.lock.wait=2s"));
			assertThat(impatient.awaitExit(Duration.ofMinutes(5))).as(impatient.output()).isEqualTo(2);
			assertThat(impatient.output()).contains("import failed: another import is running", this.lock.owner(),
					"server import of zhibei achievements");

			CommandLine patient = CommandLine.start(this.folder, "patient", List.of("import", "achievements",
					fixture.toString(), "--batch=cli", "--index=" + INDEX.alias(), "--techmatch.import.lock.wait=5m"));
			patient.awaitOutput("waiting for the import lock, held by " + this.lock.owner(), Duration.ofMinutes(5));
			cliWaiting.complete(null);

			ImportReport serverReport = server.get(10, TimeUnit.MINUTES);
			assertThat(patient.awaitExit(Duration.ofMinutes(5))).as(patient.output()).isIn(0, 1);
			assertThat(serverReport.generation()).isNotNull();
			assertThat(patient.output()).contains("3 created").contains("index generation: " + INDEX.alias() + "-");
			assertThat(this.indexAdmin.count(INDEX.alias())).isEqualTo(serverReport.created() + 3);
			assertThat(generations(INDEX)).as("no generation left over").hasSize(1);
			System.out.println("ImportCommandIT: the impatient command line said:\n" + impatient.said()
					+ "the patient one said:\n" + patient.said());
		}
		finally {
			// whatever failed, the server's import goes ahead and frees the lock
			cliWaiting.complete(null);
		}
	}

	@Test
	@DisplayName("a command-line import killed with -9 while it writes leaves the alias on the last complete generation; "
			+ "importing again completes and leaves no orphan index")
	void killedImportThenRerun() throws Exception {
		Path fixture = Path.of(getClass().getResource("/importing/zhibei-shaped-achievements.ndjson").toURI());
		ImportReport before = this.importer.importInto(CRASH_INDEX, ImportKind.ACHIEVEMENT, fixture, null,
				new ImportDefaults("fixture", null), (n) -> {
				});
		String complete = this.indexAdmin.currentGeneration(CRASH_INDEX).orElseThrow();

		CommandLine killed = CommandLine.start(this.folder, "killed",
				List.of("import", "achievements", SharedData.zhibei("achievements.ndjson").toAbsolutePath().toString(),
						"--batch=zhibei-2020", "--index=" + CRASH_INDEX.alias(), "--techmatch.import.lock.lease=3s"));
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (!writing(complete) && killed.process().isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(generations(CRASH_INDEX)).as(killed.output()).hasSize(2);
		killed.process().destroyForcibly();
		killed.process().waitFor(1, TimeUnit.MINUTES);

		assertThat(this.indexAdmin.currentGeneration(CRASH_INDEX)).hasValue(complete);
		assertThat(this.indexAdmin.count(CRASH_INDEX.alias())).isEqualTo(before.created());

		ImportReport rerun = this.importer.importInto(CRASH_INDEX, ImportKind.ACHIEVEMENT,
				SharedData.zhibei("achievements.ndjson"), null, new ImportDefaults("zhibei-2020", null), (n) -> {
				});
		assertThat(rerun.created()).isGreaterThan(2700);
		assertThat(this.indexAdmin.count(CRASH_INDEX.alias())).isEqualTo(before.created() + rerun.created());
		assertThat(generations(CRASH_INDEX)).as("the killed import's generation is gone")
			.containsExactly(rerun.generation());
	}

	private List<String> generations(IndexDefinition index) throws IOException {
		return new ArrayList<>(this.client.indices()
			.get((g) -> g.index(index.generationPattern()).allowNoIndices(true))
			.indices()
			.keySet());
	}

	/** Whether a generation other than {@code complete} exists and is being written. */
	private boolean writing(String complete) throws IOException {
		for (String generation : generations(CRASH_INDEX)) {
			if (!generation.equals(complete)) {
				var stats = this.client.indices().stats((s) -> s.index(generation)).indices().get(generation);
				return stats != null && stats.total() != null && stats.total().indexing() != null
						&& stats.total().indexing().indexTotal() > 0;
			}
		}
		return false;
	}

	private void awaitLockHeldBy(String owner) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (System.nanoTime() < deadline) {
			var lock = this.client.get((g) -> g.index(ImportLock.INDEX).id("import"), java.util.Map.class);
			if (lock.found() && owner.equals(lock.source().get("owner"))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the server never held the import lock");
	}

}
