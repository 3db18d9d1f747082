package org.techmatch.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.importing.BatchImporter;
import org.techmatch.importing.ImportDefaults;
import org.techmatch.importing.ImportKind;
import org.techmatch.importing.ImportReport;

/**
 * Import of the 11,587 demo records through our importer (NDJSON batch → parse → upsert
 * lookup → bulk into a new generation → verify → alias swap) against the same documents
 * sent as one raw {@code _bulk} NDJSON body with curl to the same node, into an index
 * created from the same JSON. A warm-up round, then three rounds into fresh indices,
 * alternating which goes first; medians.
 */
final class ImportBenchmark {

	private static final int ROUNDS = 3;

	private final BenchTarget target;

	ImportBenchmark(BenchTarget target) {
		this.target = target;
	}

	void run() throws Exception {
		var app = this.target.app();
		BatchImporter importer = app.getBean(BatchImporter.class);
		IndexAdmin admin = app.getBean(IndexAdmin.class);
		DemoCorpusGenerator generator = new DemoCorpusGenerator(app.getBean(IndustrialChainTaxonomy.class),
				DemoCorpusGenerator.DEFAULT_SEED);
		Path work = Files.createTempDirectory("techmatch-bench-import-");
		Path achievementsFile = DemoCorpusExport.achievements(generator.achievements(),
				work.resolve("achievements.ndjson"));
		Path capabilitiesFile = DemoCorpusExport.capabilities(generator.capabilities(),
				work.resolve("capabilities.ndjson"));
		List<AchievementDocument> achievementDocs = generator.achievements()
			.stream()
			.map(app.getBean(AchievementDocumentMapper.class)::toDocument)
			.toList();
		List<CapabilityDocument> capabilityDocs = generator.capabilities()
			.stream()
			.map(app.getBean(CapabilityDocumentMapper.class)::toDocument)
			.toList();
		JsonpMapper mapper = app.getBean(ElasticsearchClient.class)._jsonpMapper();
		Path achievementsBulk = bulkBody(work.resolve("achievements.bulk"), achievementDocs, AchievementDocument::id,
				mapper);
		Path capabilitiesBulk = bulkBody(work.resolve("capabilities.bulk"), capabilityDocs, CapabilityDocument::id,
				mapper);
		int total = achievementDocs.size() + capabilityDocs.size();

		List<Double> ours = new ArrayList<>();
		List<Double> raw = new ArrayList<>();
		for (int round = 0; round <= ROUNDS; round++) {
			IndexDefinition a = new IndexDefinition("techmatch-bench-import-a" + round,
					"elastic/indices/achievements.json");
			IndexDefinition c = new IndexDefinition("techmatch-bench-import-c" + round,
					"elastic/indices/capabilities.json");
			String rawA = admin.createGeneration(
					new IndexDefinition("techmatch-bench-raw-a" + round, "elastic/indices/achievements.json"));
			String rawC = admin.createGeneration(
					new IndexDefinition("techmatch-bench-raw-c" + round, "elastic/indices/capabilities.json"));
			double rawSeconds = 0;
			if (round % 2 == 1) {
				rawSeconds = timeRaw(admin, rawA, rawC, achievementsBulk, capabilitiesBulk, total);
			}
			long t0 = System.nanoTime();
			ImportReport ra = importer.importInto(a, ImportKind.ACHIEVEMENT, achievementsFile, null,
					new ImportDefaults("bench", null), (n) -> {
					});
			ImportReport rc = importer.importInto(c, ImportKind.CAPABILITY, capabilitiesFile, null,
					new ImportDefaults("bench", null), (n) -> {
					});
			double oursSeconds = (System.nanoTime() - t0) / 1e9;
			if (ra.created() + rc.created() != total) {
				throw new IllegalStateException("import created " + (ra.created() + rc.created()) + " of " + total
						+ ", rejected " + ra.problems() + rc.problems());
			}
			if (round % 2 == 0) {
				rawSeconds = timeRaw(admin, rawA, rawC, achievementsBulk, capabilitiesBulk, total);
			}
			System.out.printf("round %d%s: ours %.1f s (%.0f docs/s), raw _bulk %.1f s (%.0f docs/s), ratio %.2f%n",
					round, (round == 0) ? " (warm-up, not counted)" : "", oursSeconds, total / oursSeconds, rawSeconds,
					total / rawSeconds, rawSeconds / oursSeconds);
			if (round > 0) {
				ours.add(total / oursSeconds);
				raw.add(total / rawSeconds);
			}
			for (String index : List.of(ra.generation(), rc.generation(), rawA, rawC)) {
				admin.discard(index);
			}
		}
		double oursMedian = median(ours);
		double rawMedian = median(raw);
		System.out.println();
		System.out.println("| import of " + total + " demo records | docs/s (median of " + ROUNDS + ") |");
		System.out.println("|---|---|");
		System.out.printf("| ours (NDJSON file → importer → new generation → alias) | %.0f |%n", oursMedian);
		System.out.printf("| raw `_bulk` NDJSON with curl, same node, same mapping | %.0f |%n", rawMedian);
		System.out.printf("| ratio ours / raw | %.2f |%n", oursMedian / rawMedian);
	}

	private double timeRaw(IndexAdmin admin, String rawA, String rawC, Path achievementsBulk, Path capabilitiesBulk,
			int total) throws Exception {
		long t1 = System.nanoTime();
		curlBulk(rawA, achievementsBulk);
		curlBulk(rawC, capabilitiesBulk);
		long count = admin.count(rawA) + admin.count(rawC);
		double seconds = (System.nanoTime() - t1) / 1e9;
		if (count != total) {
			throw new IllegalStateException("raw bulk indexed " + count + " of " + total);
		}
		return seconds;
	}

	private static <D> Path bulkBody(Path file, List<D> documents, java.util.function.Function<D, String> idOf,
			JsonpMapper mapper) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (D document : documents) {
				out.write("{\"index\":{\"_id\":\"" + idOf.apply(document) + "\"}}\n");
				java.io.StringWriter json = new java.io.StringWriter();
				try (var generator = mapper.jsonProvider().createGenerator(json)) {
					mapper.serialize(document, generator);
				}
				out.write(json.toString());
				out.write('\n');
			}
		}
		return file;
	}

	private void curlBulk(String index, Path body) throws Exception {
		Process curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H",
				"content-type: application/x-ndjson", "-XPOST", this.target.elasticsearchUrl() + "/" + index + "/_bulk",
				"--data-binary", "@" + body)
			.redirectErrorStream(true)
			.start();
		String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (curl.waitFor() != 0 || !status.equals("200")) {
			throw new IllegalStateException("curl _bulk answered " + status);
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
