package org.techmatch.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandIndices;
import org.techmatch.demand.DemandService;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.RawHttp;
import org.techmatch.support.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demands are live records: an import of the 1,729 zhibei demands into the platform's
 * demands index runs while enterprises submit and edit demands and an administrator edits
 * imported ones. Every write the API acknowledged must be readable afterwards with its
 * last acknowledged content. Runs on the platform's own {@code techmatch-demands} (that
 * is where the API writes); every demand the test added is deleted afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandImportConcurrencyIT extends ElasticsearchIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SUBMIT = "mutation($input: SubmitDemandInput!) { submitDemand(input: $input) "
			+ "{ demand { id version keywords } userErrors { code } } }";

	private static final String UPDATE = "mutation($input: UpdateDemandInput!) { updateDemand(input: $input) "
			+ "{ demand { id version keywords } userErrors { code } } }";

	private static final String READ = "query($id: ID!) { demand(id: $id) { id version keywords status } }";

	private static final int ENTERPRISE_THREADS = 6;

	private static final int ADMIN_THREADS = 2;

	private static final int CALLS_PER_THREAD = 25;

	@LocalServerPort
	private int port;

	@Autowired
	private BatchImporter importer;

	@Autowired
	private DemandService demands;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private ElasticsearchClient client;

	private RawHttp http;

	private Set<String> demandsBefore;

	private Path open;

	private Path revised;

	@BeforeAll
	void remember(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
		this.http = new RawHttp(this.port);
		this.demandsBefore = demandIds();
		// the zhibei demands' validity ended in 2021 (they would be imported CLOSED, and
		// a
		// closed demand cannot be edited): the same rows valid until 2099, and the same
		// again with a revised description (a later export of the same batch)
		this.open = folder.resolve("zhibei-demands-open.ndjson");
		this.revised = folder.resolve("zhibei-demands-revised.ndjson");
		List<String> open = new ArrayList<>();
		List<String> revised = new ArrayList<>();
		for (String line : Files.readAllLines(SharedData.zhibei("demands.ndjson"), StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			ObjectNode row = (ObjectNode) JSON.readTree(line);
			row.put("time", "2020-01-01至2099-12-31");
			open.add(JSON.writeValueAsString(row));
			if (row.hasNonNull("context")) {
				row.put("context", "【修订】" + row.get("context").asString());
			}
			revised.add(JSON.writeValueAsString(row));
		}
		assertThat(open).hasSize(1729);
		Files.write(this.open, open, StandardCharsets.UTF_8);
		Files.write(this.revised, revised, StandardCharsets.UTF_8);
	}

	@AfterAll
	void deleteWhatTheTestAdded() throws IOException {
		Set<String> added = demandIds();
		added.removeAll(this.demandsBefore);
		if (!added.isEmpty()) {
			this.client.bulk((b) -> {
				added.forEach(
						(id) -> b.operations((op) -> op.delete((d) -> d.index(DemandIndices.DEMANDS.alias()).id(id))));
				return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
			});
		}
	}

	@Test
	@DisplayName("200 submitDemand/updateDemand calls during imports of the 1,729 zhibei demands: no acknowledged write is lost")
	void acknowledgedWritesSurviveImports() throws Exception {
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger calls = new AtomicInteger();
		AtomicInteger acknowledgedCalls = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicBoolean writersDone = new AtomicBoolean();
		List<ImportReport> reports = new CopyOnWriteArrayList<>();
		List<String> importFailures = new CopyOnWriteArrayList<>();
		String enterprise = tokens().enterprise();
		String admin = tokens().admin();
		ExecutorService pool = Executors.newFixedThreadPool(ENTERPRISE_THREADS + ADMIN_THREADS + 1);
		try {
			// imports run back to back (the open rows, then the revised ones, …) for as
			// long
			// as the writers write, at least twice, at most six times
			Future<?> imports = pool.submit(() -> {
				for (int round = 0; round < 6 && (round < 2 || !writersDone.get()); round++) {
					Path file = (round % 2 == 0) ? this.open : this.revised;
					try {
						reports.add(this.importer.importFile(ImportKind.DEMAND, file, null,
								new ImportDefaults("zhibei-concurrent", null), (n) -> {
								}));
					}
					catch (RuntimeException ex) {
						importFailures.add(ex.toString());
					}
				}
			});
			List<Future<?>> writers = new ArrayList<>();
			for (int t = 0; t < ENTERPRISE_THREADS; t++) {
				int thread = t;
				writers.add(pool.submit(
						() -> enterpriseWrites(thread, enterprise, acknowledged, calls, acknowledgedCalls, refused)));
			}
			for (int t = 0; t < ADMIN_THREADS; t++) {
				int thread = t;
				writers.add(pool
					.submit(() -> adminEdits(thread, admin, acknowledged, calls, acknowledgedCalls, refused, reports)));
			}
			for (Future<?> writer : writers) {
				writer.get(10, TimeUnit.MINUTES);
			}
			writersDone.set(true);
			imports.get(10, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdownNow();
		}

		List<String> lost = new ArrayList<>();
		acknowledged.forEach((id, marker) -> {
			List<String> keywords = this.demands.demand(id).map(Demand::keywords).orElse(null);
			if (keywords == null || !keywords.equals(List.of(marker))) {
				lost.add(id + ": acknowledged " + marker + ", stored " + keywords);
			}
		});
		System.out.printf(
				"DemandImportConcurrencyIT: %d calls, %d acknowledged, %d refused (CONFLICT or error), "
						+ "%d imports, %d demands checked, %d lost%n",
				calls.get(), acknowledgedCalls.get(), refused.get(), reports.size(), acknowledged.size(), lost.size());
		assertThat(calls.get()).isEqualTo((ENTERPRISE_THREADS + ADMIN_THREADS) * CALLS_PER_THREAD);
		assertThat(importFailures).isEmpty();
		assertThat(reports).hasSizeGreaterThanOrEqualTo(2);
		assertThat(acknowledgedCalls.get()).isGreaterThan(100);
		assertThat(lost).as("acknowledged writes lost").isEmpty();
		// every import after the first met administrator edits newer than its rows, kept
		// them and said so, row by row
		List<RowProblem> skipped = reports.stream().skip(1).flatMap((r) -> r.skippedRows().stream()).toList();
		assertThat(skipped).isNotEmpty().allSatisfy((s) -> {
			assertThat(s.rowNumber()).isPositive();
			assertThat(s.reason()).contains("dem-zb-d-");
		});
		for (ImportReport report : reports) {
			assertThat(report.created() + report.updated() + report.unchanged() + report.skipped() + report.rejected())
				.isEqualTo(report.rows());
			assertThat(report.generation()).as("demands are written in place").isNull();
		}
	}

	/** Submits a demand, edits it four times, and so on: 25 calls. */
	private void enterpriseWrites(int thread, String token, Map<String, String> acknowledged, AtomicInteger calls,
			AtomicInteger acknowledgedCalls, AtomicInteger refused) {
		String id = null;
		String version = null;
		for (int call = 0; call < CALLS_PER_THREAD; call++) {
			String marker = "t" + thread + "-" + call;
			calls.incrementAndGet();
			Map<String, Object> demand;
			if (id == null || call % 5 == 0) {
				demand = result(
						this.http.graphQl(SUBMIT,
								Map.of("input",
										Map.of("title", "并发写入测试需求 " + marker, "description",
												"导入进行时企业提交并修改的需求，用于验证写入不会丢失。", "keywords", List.of(marker))),
								token),
						"submitDemand");
			}
			else {
				demand = result(this.http.graphQl(UPDATE,
						Map.of("input", Map.of("id", id, "version", version, "keywords", List.of(marker))), token),
						"updateDemand");
			}
			if (demand != null) {
				id = (String) demand.get("id");
				version = (String) demand.get("version");
				acknowledged.put(id, marker);
				acknowledgedCalls.incrementAndGet();
			}
			else {
				refused.incrementAndGet();
				if (id != null) {
					version = read(id, token).map((d) -> (String) d.get("version")).orElse(version);
				}
			}
		}
	}

	/**
	 * Edits imported zhibei demands (each call another one) as soon as the first import
	 * has made them: 25 calls.
	 */
	private void adminEdits(int thread, String token, Map<String, String> acknowledged, AtomicInteger calls,
			AtomicInteger acknowledgedCalls, AtomicInteger refused, List<ImportReport> reports) {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (reports.isEmpty() && System.nanoTime() < deadline) {
			sleep(100);
		}
		int row = thread;
		for (int call = 0; call < CALLS_PER_THREAD; call++) {
			Map<String, Object> current = null;
			String id = null;
			while (current == null && row < 1729) {
				id = String.format("dem-zb-d-%05d", row + 1);
				row += ADMIN_THREADS;
				current = read(id, token).filter((d) -> "OPEN".equals(d.get("status"))).orElse(null);
			}
			String marker = "admin" + thread + "-" + call;
			calls.incrementAndGet();
			Map<String, Object> demand = (current == null) ? null
					: result(this.http.graphQl(UPDATE,
							Map.of("input",
									Map.of("id", id, "version", current.get("version"), "keywords", List.of(marker))),
							token), "updateDemand");
			if (demand != null) {
				acknowledged.put(id, marker);
				acknowledgedCalls.incrementAndGet();
			}
			else {
				refused.incrementAndGet();
			}
		}
	}

	private Optional<Map<String, Object>> read(String id, String token) {
		RawHttp.Answer answer = this.http.graphQl(READ, Map.of("id", id), token);
		if (answer.status() != 200) {
			return Optional.empty();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> data = (Map<String, Object>) answer.json().get("data");
		@SuppressWarnings("unchecked")
		Map<String, Object> demand = (data != null) ? (Map<String, Object>) data.get("demand") : null;
		return Optional.ofNullable(demand);
	}

	/**
	 * The payload's demand when the write was acknowledged (no errors, no userErrors),
	 * else null.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> result(RawHttp.Answer answer, String field) {
		if (answer.status() != 200) {
			return null;
		}
		Map<String, Object> body = answer.json();
		if (body.get("errors") != null || body.get("data") == null) {
			return null;
		}
		Map<String, Object> payload = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get(field);
		if (payload == null || !((List<?>) payload.get("userErrors")).isEmpty()) {
			return null;
		}
		return (Map<String, Object>) payload.get("demand");
	}

	private Set<String> demandIds() {
		this.indexAdmin.count(DemandIndices.DEMANDS.alias());
		Set<String> ids = new HashSet<>();
		for (Hit<JsonData> hit : this.indexAdmin.scan(DemandIndices.DEMANDS.alias())) {
			ids.add(hit.id());
		}
		return ids;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
