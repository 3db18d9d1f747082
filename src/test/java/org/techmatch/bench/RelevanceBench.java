package org.techmatch.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpus;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.catalog.demo.DemoTopic;
import org.techmatch.demand.Demand;
import org.techmatch.elastic.BulkWriter;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.importing.CatalogImports;
import org.techmatch.importing.ColumnMapping;
import org.techmatch.importing.ImportDefaults;
import org.techmatch.importing.ImportFormat;
import org.techmatch.importing.ImportRows;
import org.techmatch.importing.RowOutcome;
import org.techmatch.matching.MatchPlan;
import org.techmatch.matching.MatchQueryBuilder;
import org.techmatch.matching.Need;

/**
 * {@code -Dbench=relevance}: the labelled demands of {@code relevance/demands.json}
 * through matchDemand's query ({@link MatchQueryBuilder}, unchanged) and through a plain
 * {@code multi_match} over title, summary and description analysed with the standard
 * analyzer (its own throw-away index of the same demo documents); nDCG@10, Recall@50 and
 * MRR for both. Then 100 zhibei demands against the zhibei achievements (throw-away index
 * with our achievement mapping), 20 of them printed with our top 3 for a reader to judge.
 */
final class RelevanceBench {

	static final String BASELINE_INDEX = "bench-baseline-standard";

	static final IndexDefinition ZHIBEI = new IndexDefinition("bench-zhibei-achievements",
			"elastic/indices/achievements.json");

	private final BenchTarget target;

	private final ElasticsearchClient client;

	private final MatchQueryBuilder builder;

	private final JsonMapper json = JsonMapper.builder().build();

	RelevanceBench(BenchTarget target) {
		this.target = target;
		this.client = target.app().getBean(ElasticsearchClient.class);
		this.builder = target.app().getBean(MatchQueryBuilder.class);
	}

	record Labelled(String id, String topic, Need need) {
	}

	record Metrics(double ndcg10, double recall50, double mrr) {
	}

	void run() throws Exception {
		DemoCorpus corpus = new DemoCorpusGenerator(new IndustrialChainTaxonomy(), DemoCorpusGenerator.DEFAULT_SEED)
			.corpus();
		List<Labelled> labelled = labelled();
		createBaselineIndex(corpus);
		try {
			List<Metrics> ours = new ArrayList<>();
			List<Metrics> abstractBaseline = new ArrayList<>();
			List<Metrics> descriptionBaseline = new ArrayList<>();
			List<Metrics> oursChainGiven = new ArrayList<>();
			List<Metrics> oursNoChain = new ArrayList<>();
			List<Metrics> oursStating = new ArrayList<>();
			List<Metrics> baselineStating = new ArrayList<>();
			List<Metrics> oursTextOnly = new ArrayList<>();
			List<Metrics> baselineTextOnly = new ArrayList<>();
			boolean verbose = Boolean.getBoolean("relevance.verbose");
			for (Labelled demand : labelled) {
				Grader grader = new Grader(corpus, demand.topic(), demand.need());
				MatchPlan plan = this.builder.supplyFor(demand.need());
				List<String> ourIds = ids(
						this.client.search(this.builder.supplySearch(plan, 50, null), JsonData.class).hits().hits());
				Metrics m = grader.metrics(ourIds);
				ours.add(m);
				(demand.need().chain() != null ? oursChainGiven : oursNoChain).add(m);
				Metrics a = grader.metrics(baseline(demand.need(), "title", "summary"));
				abstractBaseline.add(a);
				Metrics d = grader.metrics(baseline(demand.need(), "title", "description"));
				descriptionBaseline.add(d);
				(grader.statesRequirements() ? oursStating : oursTextOnly).add(m);
				(grader.statesRequirements() ? baselineStating : baselineTextOnly).add(a);
				if (verbose) {
					System.out.printf("%s %-40s ours %.3f/%.3f  title+summary %.3f  title+description %.3f  top: %s%n",
							demand.id(), demand.topic(), m.ndcg10(), m.recall50(), a.ndcg10(), d.ndcg10(),
							ourIds.subList(0, Math.min(5, ourIds.size()))
								.stream()
								.map((id) -> id + ":" + grader.grade(id))
								.toList());
				}
			}
			Metrics o = mean(ours);
			Metrics b = mean(abstractBaseline);
			Metrics bd = mean(descriptionBaseline);
			System.out.println();
			System.out.println("Relevance: " + labelled.size()
					+ " labelled demands (relevance/demands.json) over the demo corpus (" + corpus.achievements().size()
					+ " achievements + " + corpus.capabilities().size() + " capabilities)");
			System.out.println();
			System.out.println(
					"| metric | ours (matchDemand query) | baseline: multi_match title+abstract (standard) | gain | baseline: multi_match title+description (standard) | gain |");
			System.out.println("|---|---|---|---|---|---|");
			row("nDCG@10", o.ndcg10(), b.ndcg10(), bd.ndcg10());
			row("Recall@50", o.recall50(), b.recall50(), bd.recall50());
			row("MRR", o.mrr(), b.mrr(), bd.mrr());
			System.out.println();
			Metrics given = mean(oursChainGiven);
			Metrics none = mean(oursNoChain);
			System.out.printf("ours, chain given (%d demands): nDCG@10 %.3f, Recall@50 %.3f, MRR %.3f%n",
					oursChainGiven.size(), given.ndcg10(), given.recall50(), given.mrr());
			System.out.printf("ours, no chain given (%d demands): nDCG@10 %.3f, Recall@50 %.3f, MRR %.3f%n",
					oursNoChain.size(), none.ndcg10(), none.recall50(), none.mrr());
			Metrics os = mean(oursStating);
			Metrics bs = mean(baselineStating);
			Metrics ot = mean(oursTextOnly);
			Metrics bt = mean(baselineTextOnly);
			System.out.printf(
					"demands stating maturity, modes or budget (%d): nDCG@10 ours %.3f vs baseline %.3f, Recall@50 %.3f vs %.3f%n",
					oursStating.size(), os.ndcg10(), bs.ndcg10(), os.recall50(), bs.recall50());
			System.out.printf(
					"demands stating only text (and perhaps chain or city) (%d): nDCG@10 ours %.3f vs baseline %.3f, Recall@50 %.3f vs %.3f%n",
					oursTextOnly.size(), ot.ndcg10(), bt.ndcg10(), ot.recall50(), bt.recall50());
			System.out.printf(
					"target nDCG@10 >= 1.2 x baseline (title+abstract): %s (%.2f x); vs title+description: %.2f x%n",
					(o.ndcg10() >= 1.2 * b.ndcg10()) ? "MET" : "NOT MET", o.ndcg10() / b.ndcg10(),
					o.ndcg10() / bd.ndcg10());
		}
		finally {
			this.client.indices().delete((d) -> d.index(BASELINE_INDEX).ignoreUnavailable(true));
		}
		if (!"false".equals(System.getProperty("relevance.zhibei"))) {
			zhibei();
		}
	}

	private static void row(String name, double ours, double baseline, double baseline2) {
		System.out.printf("| %s | %.3f | %.3f | %+.1f%% | %.3f | %+.1f%% |%n", name, ours, baseline,
				(ours / baseline - 1) * 100, baseline2, (ours / baseline2 - 1) * 100);
	}

	/**
	 * The plain keyword baseline: the demand's title and description, standard analyzer,
	 * over two fields.
	 */
	private List<String> baseline(Need need, String... fields) throws java.io.IOException {
		return ids(
				this.client
					.search((s) -> s.index(BASELINE_INDEX)
						.size(50)
						.query((q) -> q.multiMatch(
								(mm) -> mm.query(need.title() + " " + need.description()).fields(List.of(fields)))),
							JsonData.class)
					.hits()
					.hits());
	}

	private List<Labelled> labelled() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/relevance/demands.json")) {
			JsonNode root = this.json.readTree(in);
			List<Labelled> result = new ArrayList<>();
			for (JsonNode d : root.get("demands")) {
				List<TransferMode> modes = new ArrayList<>();
				d.path("cooperationModes").forEach((m) -> modes.add(TransferMode.valueOf(m.asString())));
				Need need = new Need(d.get("title").asString(), d.get("description").asString(), List.of(),
						d.hasNonNull("chain") ? d.get("chain").asString() : null,
						d.hasNonNull("maturityAtLeast") ? Maturity.valueOf(d.get("maturityAtLeast").asString()) : null,
						modes, d.hasNonNull("budgetMax") ? d.get("budgetMax").asDouble() : null,
						d.hasNonNull("city") ? d.get("city").asString() : null, List.of());
				result.add(new Labelled(d.get("id").asString(), d.get("topic").asString(), need));
			}
			return result;
		}
	}

	private void createBaselineIndex(DemoCorpus corpus) throws Exception {
		this.client.indices().delete((d) -> d.index(BASELINE_INDEX).ignoreUnavailable(true));
		this.client.indices()
			.create((c) -> c.index(BASELINE_INDEX)
				.settings((s) -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval((t) -> t.time("-1")))
				.mappings((m) -> m.properties("id", (p) -> p.keyword((k) -> k))
					.properties("title", (p) -> p.text((t) -> t.analyzer("standard")))
					.properties("summary", (p) -> p.text((t) -> t.analyzer("standard")))
					.properties("description", (p) -> p.text((t) -> t.analyzer("standard")))));
		List<Map<String, String>> docs = new ArrayList<>();
		for (Achievement a : corpus.achievements()) {
			docs.add(doc(a.id(), a.title(), a.summary(), a.description()));
		}
		for (Capability c : corpus.capabilities()) {
			docs.add(doc(c.id(), c.title(), null, c.description()));
		}
		this.target.app().getBean(BulkWriter.class).write(BASELINE_INDEX, docs, (d) -> d.get("id"), (n) -> {
		});
		this.client.indices().refresh((r) -> r.index(BASELINE_INDEX));
	}

	private static Map<String, String> doc(String id, String title, String summary, String description) {
		Map<String, String> doc = new HashMap<>();
		doc.put("id", id);
		doc.put("title", title);
		if (summary != null) {
			doc.put("summary", summary);
		}
		doc.put("description", description);
		return doc;
	}

	private static List<String> ids(List<Hit<JsonData>> hits) {
		return hits.stream().map(Hit::id).toList();
	}

	private static Metrics mean(List<Metrics> all) {
		return new Metrics(all.stream().mapToDouble(Metrics::ndcg10).average().orElse(0),
				all.stream().mapToDouble(Metrics::recall50).average().orElse(0),
				all.stream().mapToDouble(Metrics::mrr).average().orElse(0));
	}

	/**
	 * Graded judgements 0–3 from the generator's ground truth, read against what the
	 * demand states:
	 * <ul>
	 * <li>3: an achievement of the demand's topic that meets every requirement the demand
	 * states (maturity at least, one of the cooperation modes, asking price within the
	 * budget or negotiable);</li>
	 * <li>2: an achievement of the demand's topic that misses a stated requirement (right
	 * technology, wrong terms);</li>
	 * <li>1: an achievement of another topic of the same industrial chain, or a
	 * capability listing serving the chain (a possible partner, not the technology asked
	 * for);</li>
	 * <li>0: anything else.</li>
	 * </ul>
	 * Relevant for Recall@50 and MRR: grade 3.
	 */
	static final class Grader {

		private final DemoCorpus corpus;

		private final String topic;

		private final Need need;

		private final DemoTopic wanted;

		private final Map<String, Integer> grades = new HashMap<>();

		private final List<Integer> allGrades = new ArrayList<>();

		private final int relevant;

		Grader(DemoCorpus corpus, String topic, Need need) {
			this.corpus = corpus;
			this.topic = topic;
			this.need = need;
			this.wanted = corpus.topic(topic).orElseThrow(() -> new IllegalArgumentException("unknown topic " + topic));
			int rel = 0;
			for (Achievement a : corpus.achievements()) {
				int g = achievementGrade(a);
				this.grades.put(a.id(), g);
				this.allGrades.add(g);
				rel += (g == 3) ? 1 : 0;
			}
			for (Capability c : corpus.capabilities()) {
				int g = c.chains().contains(this.wanted.chainCode()) ? 1 : 0;
				this.grades.put(c.id(), g);
				this.allGrades.add(g);
			}
			this.allGrades.sort((x, y) -> y - x);
			this.relevant = rel;
		}

		private int achievementGrade(Achievement achievement) {
			return switch (this.corpus.relevance(this.topic, achievement.id())) {
				case 3 -> meetsRequirements(achievement) ? 3 : 2;
				case 2 -> 1;
				default -> 0;
			};
		}

		/**
		 * Whether the achievement meets what the demand states: maturity, cooperation
		 * modes, budget.
		 */
		boolean meetsRequirements(Achievement achievement) {
			Maturity atLeast = this.need.maturityAtLeast();
			if (atLeast != null && (achievement.maturity() == null || achievement.maturity().rank() < atLeast.rank())) {
				return false;
			}
			if (!this.need.cooperationModes().isEmpty()
					&& achievement.transferModes().stream().noneMatch(this.need.cooperationModes()::contains)) {
				return false;
			}
			Double budget = this.need.budgetMax();
			AskingPrice price = achievement.price();
			return budget == null || price == null || price.negotiable()
					|| (price.minWan() != null && price.minWan() <= budget);
		}

		/** Whether the demand states any requirement beyond its text. */
		boolean statesRequirements() {
			return this.need.maturityAtLeast() != null || !this.need.cooperationModes().isEmpty()
					|| this.need.budgetMax() != null;
		}

		int grade(String id) {
			return this.grades.getOrDefault(id, 0);
		}

		Metrics metrics(List<String> ranked) {
			double dcg = 0;
			double ideal = 0;
			for (int i = 0; i < 10; i++) {
				if (i < ranked.size()) {
					dcg += (Math.pow(2, grade(ranked.get(i))) - 1) / log2(i + 2);
				}
				ideal += (Math.pow(2, this.allGrades.get(i)) - 1) / log2(i + 2);
			}
			int found = 0;
			double rr = 0;
			for (int i = 0; i < Math.min(50, ranked.size()); i++) {
				if (grade(ranked.get(i)) == 3) {
					found++;
					if (rr == 0) {
						rr = 1.0 / (i + 1);
					}
				}
			}
			return new Metrics(dcg / ideal, found / (double) Math.min(50, this.relevant), rr);
		}

		private static double log2(int x) {
			return Math.log(x) / Math.log(2);
		}

	}

	/**
	 * 100 zhibei demands against the zhibei achievements (no labels: printed for a
	 * reader).
	 */
	private void zhibei() throws Exception {
		Path root = Path.of("..", "shared", "datasets", "zhibei");
		if (!Files.isDirectory(root)) {
			System.out.println("zhibei corpus not found at " + root.toAbsolutePath() + ": skipped");
			return;
		}
		IndexAdmin admin = this.target.app().getBean(IndexAdmin.class);
		AchievementDocumentMapper mapper = this.target.app().getBean(AchievementDocumentMapper.class);
		List<AchievementDocument> documents = new ArrayList<>();
		for (Map<String, String> row : ndjson(root.resolve("achievements.ndjson"))) {
			documents.add(mapper.toDocument(zhibeiAchievement(row)));
		}
		String generation = admin.createGeneration(ZHIBEI);
		try {
			this.target.app().getBean(BulkWriter.class).write(generation, documents, AchievementDocument::id, (n) -> {
			});
			admin.publish(ZHIBEI, generation, documents.size());
			// the demands as the importer reads them (importSupply kind DEMAND), every
			// 17th row
			List<Need> needs = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			try (ImportRows<Demand> rows = new CatalogImports(ColumnMapping.load(), new IndustrialChainTaxonomy())
				.demands(root.resolve("demands.ndjson"), ImportFormat.NDJSON, new ImportDefaults("zhibei-2020", null),
						LocalDate.now())) {
				for (int i = 0; rows.hasNext() && needs.size() < 100; i++) {
					RowOutcome<Demand> outcome = rows.next();
					if (i % 17 == 0 && outcome instanceof RowOutcome.Accepted<Demand> accepted) {
						needs.add(Need.of(accepted.record()));
						ids.add(accepted.record().sourceId());
					}
				}
			}
			System.out.println();
			System.out.println("zhibei: " + needs.size() + " demands (every 17th row) against " + documents.size()
					+ " zhibei achievements; the first 20 with our top 3:");
			int withHits = 0;
			for (int i = 0; i < needs.size(); i++) {
				Need need = needs.get(i);
				Query query = this.builder.supplyFor(need).query();
				SearchResponse<AchievementDocument> response;
				try {
					response = this.client.search((s) -> s.index(ZHIBEI.alias()).size(3).query(query),
							AchievementDocument.class);
				}
				catch (co.elastic.clients.elasticsearch._types.ElasticsearchException ex) {
					System.out.println("FAILED " + ids.get(i) + " (" + need.text().length() + " chars): "
							+ ex.response().error().rootCause());
					continue;
				}
				withHits += response.hits().hits().isEmpty() ? 0 : 1;
				if (i < 20) {
					String description = need.description();
					System.out.println();
					System.out.println("- " + ids.get(i) + " 「" + need.title() + "」 "
							+ ((description.length() > 70) ? description.substring(0, 70) + "…" : description));
					for (Hit<AchievementDocument> hit : response.hits().hits()) {
						System.out.printf("    %.1f  %s%n", hit.score(), hit.source().title());
					}
					if (response.hits().hits().isEmpty()) {
						System.out.println("    (no match)");
					}
				}
			}
			System.out.println();
			System.out.println("zhibei demands with at least one match: " + withHits + " / " + needs.size());
		}
		finally {
			admin.discard(generation);
		}
	}

	private static Achievement zhibeiAchievement(Map<String, String> row) {
		String context = row.getOrDefault("context", "");
		String summary = (context.length() > 120) ? context.substring(0, 120) : context;
		String industry = row.getOrDefault("industry", "");
		int dash = industry.indexOf('-');
		TechnicalField field = industry.isBlank() ? null : new TechnicalField(
				(dash > 0) ? industry.substring(0, dash) : industry, (dash > 0) ? industry.substring(dash + 1) : null);
		AskingPrice price = AskingPrice.parse(row.get("price")).toOptional().orElse(AskingPrice.negotiablePrice());
		return new Achievement("ach-" + row.get("id"), "zhibei-2020", row.get("id"), row.get("name"), summary, context,
				List.of(), field, null, null, Maturity.fromLabel(row.get("maturity")).orElse(null), null, null,
				TransferMode.parseConcatenated(row.get("cooperationMethod")).modes(), price, null, null, null, null);
	}

	private List<Map<String, String>> ndjson(Path file) throws Exception {
		List<Map<String, String>> rows = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				Map<String, String> row = new LinkedHashMap<>();
				this.json.readTree(line).properties().forEach((e) -> row.put(e.getKey(), e.getValue().asString()));
				rows.add(row);
			}
		}
		return rows;
	}

}
