package org.techmatch.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.CatalogIndices;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.search.SearchInput;

/**
 * {@code -Dbench=scale}: the demo catalogue at ×1 (11,000 achievements, 587 capability
 * listings) and at ×10 (110,000 and 5,870), loaded one after the other into the same node
 * the way the application loads a catalogue (a new generation, bulk-written, published
 * behind the alias), and measured side by side: load rate, {@code search} and
 * {@code matchDemand} latency at concurrency 1 and 8, index size on disk, and the heap of
 * the application and of the node. Sentence vectors are off at both scales (the
 * application is started with {@code techmatch.embedding.backfill=false}): bge-small-zh
 * needs some 2 min of CPU per 11,000 records here, over 20 min at ×10; matchDemand then
 * orders its candidates by words alone.
 */
final class ScaleBench {

	/**
	 * The two scales compared: 1 and 10, or others from {@code TECHMATCH_BENCH_SCALES}
	 * (e.g. {@code 1,2} for a quick trial of the benchmark itself).
	 */
	static int[] scales() {
		String configured = System.getenv("TECHMATCH_BENCH_SCALES");
		if (configured == null || configured.isBlank()) {
			return new int[] { 1, 10 };
		}
		return Arrays.stream(configured.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
	}

	/** At most this many warm-up rounds per concurrency (see LatencyBench). */
	static final int WARMUP_ROUNDS = 10;

	static final String MATCH = "query($id: ID!) { matchDemand(id: $id, first: 10) { totalCount edges { cursor node { score "
			+ "reasons { kind label detail weight } item { __typename id title } } } pageInfo { hasNextPage endCursor } } }";

	private final BenchTarget target;

	private final JsonMapper json = JsonMapper.builder().build();

	ScaleBench(BenchTarget target) {
		this.target = target;
	}

	void run() throws Exception {
		String loadBefore = loadAverage();
		List<String> searches = new ArrayList<>();
		for (SearchInput input : SearchBenchmark.requests()) {
			searches.add(this.json.writeValueAsString(Map.of("query", SearchBenchmark.QUERY, "variables",
					Map.of("input", SearchBenchmark.variables(input), "first", SearchBenchmark.FIRST))));
		}
		List<String> matches = new ArrayList<>();
		for (int n = 1; n <= MatchLatencyBench.DEMANDS; n++) {
			String id = String.format("dem-demo-%04d", n * 5);
			matches.add(this.json.writeValueAsString(Map.of("query", MATCH, "variables", Map.of("id", id))));
		}
		List<Map<String, String>> columns = new ArrayList<>();
		int[] scales = scales();
		for (int scale : scales) {
			columns.add(measure(scale, searches, matches));
		}
		print(scales, columns, loadBefore, loadAverage());
	}

	private Map<String, String> measure(int scale, List<String> searches, List<String> matches) throws Exception {
		Map<String, String> column = new LinkedHashMap<>();
		long records = load(scale, column);
		column.put("records (achievements + capabilities)", String.format("%,d", records));
		for (int concurrency : new int[] { 1, 8 }) {
			int requests = (concurrency == 1) ? 200 : 400;
			List<LatencyBench.Result> results = LatencyBench.sideBySide(concurrency, requests, WARMUP_ROUNDS,
					new LatencyBench.Path("search", (i) -> this.target.graphql(searches.get(i % searches.size()))),
					new LatencyBench.Path("matchDemand", (i) -> this.target.graphql(matches.get(i % matches.size()))));
			for (LatencyBench.Result result : results) {
				column.put(result.name() + " p50 ms, c=" + concurrency, String.format("%.1f", result.p50()));
				column.put(result.name() + " p95 ms, c=" + concurrency, String.format("%.1f", result.p95()));
			}
		}
		column.put("index size on disk, MB", String.format("%.1f", indexBytes() / 1e6));
		column.put("application heap used after GC, MB", String.format("%.0f", applicationHeap() / 1e6));
		column.put("node heap used, MB (of max)", nodeHeap());
		return column;
	}

	/** Loads the catalogue at {@code scale}; returns the number of records. */
	private long load(int scale, Map<String, String> column) {
		List<AchievementDocument> achievements;
		List<CapabilityDocument> capabilities;
		{
			DemoCorpusGenerator generator = new DemoCorpusGenerator(
					this.target.app().getBean(IndustrialChainTaxonomy.class), DemoCorpusGenerator.DEFAULT_SEED, scale);
			AchievementDocumentMapper achievementMapper = this.target.app().getBean(AchievementDocumentMapper.class);
			CapabilityDocumentMapper capabilityMapper = this.target.app().getBean(CapabilityDocumentMapper.class);
			achievements = generator.achievements().stream().map(achievementMapper::toDocument).toList();
			capabilities = generator.capabilities().stream().map(capabilityMapper::toDocument).toList();
		}
		IndexGenerations generations = this.target.app().getBean(IndexGenerations.class);
		long started = System.nanoTime();
		generations.replaceAll(CatalogIndices.ACHIEVEMENTS, achievements, AchievementDocument::id);
		generations.replaceAll(CatalogIndices.CAPABILITIES, capabilities, CapabilityDocument::id);
		double seconds = (System.nanoTime() - started) / 1e9;
		long records = achievements.size() + capabilities.size();
		column.put("load, s (new generation, bulk, publish)", String.format("%.1f", seconds));
		column.put("load, docs/s", String.format("%,.0f", records / seconds));
		return records;
	}

	private long indexBytes() throws Exception {
		JsonNode indices = this.json.readTree(this.target.get("/" + CatalogIndices.ACHIEVEMENTS.alias() + ","
				+ CatalogIndices.CAPABILITIES.alias() + "/_stats/store?filter_path=_all.total.store.size_in_bytes"));
		return indices.path("_all").path("total").path("store").path("size_in_bytes").asLong();
	}

	/**
	 * Heap this JVM (the application, with the benchmark's small driver) still uses after
	 * a full collection.
	 */
	private static long applicationHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private String nodeHeap() throws Exception {
		JsonNode nodes = this.json.readTree(this.target.get("/_nodes/stats/jvm?filter_path=nodes.*.jvm.mem"))
			.path("nodes");
		long used = 0;
		long max = 0;
		for (Map.Entry<String, JsonNode> node : nodes.properties()) {
			used += node.getValue().path("jvm").path("mem").path("heap_used_in_bytes").asLong();
			max += node.getValue().path("jvm").path("mem").path("heap_max_in_bytes").asLong();
		}
		return String.format("%.0f (%.0f)", used / 1e6, max / 1e6);
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (Exception ex) {
			return "unknown";
		}
	}

	private static void print(int[] scales, List<Map<String, String>> columns, String loadBefore, String loadAfter) {
		Map<String, String> one = columns.get(0);
		Map<String, String> ten = columns.get(1);
		System.out.println();
		String a = "×" + scales[0];
		String b = "×" + scales[1];
		System.out.println("Demo catalogue at " + a + " and " + b + " on one node (512 MB heap), same application");
		System.out.println();
		System.out.println("| measure | " + a + " | " + b + " | " + b + " / " + a + " |");
		System.out.println("|---|---:|---:|---:|");
		for (String measure : one.keySet()) {
			System.out.printf("| %s | %s | %s | %s |%n", measure, one.get(measure), ten.get(measure),
					ratio(one.get(measure), ten.get(measure)));
		}
		System.out.println();
		System.out.println("Sentence vectors: off at both scales (techmatch.embedding.backfill=false; ~2 min CPU per "
				+ "11,000 records, over 20 min at ×10); matchDemand orders its candidates by words alone.");
		for (String path : new String[] { "search", "matchDemand" }) {
			for (int c : new int[] { 1, 8 }) {
				String key = path + " p50 ms, c=" + c;
				double r = Double.parseDouble(ten.get(key)) / Double.parseDouble(one.get(key));
				System.out.printf("Goal p50 %s <= 1.5 × p50 %s, %s c=%d: %.2f, %s%n", b, a, path, c, r,
						(r <= 1.5) ? "MET" : "NOT MET");
			}
		}
		System.out.println("Machine load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAfter
				+ " (2 cores, shared)");
		System.out.println();
	}

	private static String ratio(String one, String ten) {
		try {
			double a = Double.parseDouble(one.replace(",", "").split(" ")[0]);
			double b = Double.parseDouble(ten.replace(",", "").split(" ")[0]);
			return (a == 0) ? "" : String.format("%.2f", b / a);
		}
		catch (NumberFormatException ex) {
			return "";
		}
	}

}
