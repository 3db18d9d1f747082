package org.techmatch.bench;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpus;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.catalog.demo.DemoTopic;
import org.techmatch.elastic.BulkWriter;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.embedding.EmbeddingBackfill;
import org.techmatch.embedding.EmbeddingTarget;
import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandStatus;
import org.techmatch.importing.CatalogImports;
import org.techmatch.importing.ColumnMapping;
import org.techmatch.importing.ImportDefaults;
import org.techmatch.importing.ImportFormat;
import org.techmatch.importing.ImportRows;
import org.techmatch.importing.RowOutcome;
import org.techmatch.matching.MatchQueryBuilder;
import org.techmatch.matching.SupplyProfile;
import org.techmatch.matching.MatchService;
import org.techmatch.matching.Need;
import org.techmatch.support.SharedData;
import org.techmatch.support.ZhibeiData;

/**
 * {@code -Dbench=relevance}: matching's ranking on three sets, each against two baselines
 * run in the same run on the same records:
 * <ol>
 * <li>the generated demo set ({@code relevance/demands.json}, graded from the generator's
 * ground truth) over the demo corpus;</li>
 * <li>the real-text development set ({@code ../shared/relevance/zhibei-dev}: 20 demands
 * written the way enterprises write, graded against the 2,810 zhibei achievements; plus
 * our own judgements of pairs it left unjudged,
 * {@code relevance/zhibei-dev-extra-qrels.tsv});</li>
 * <li>our own real-demand set: 110 real zhibei demands
 * ({@code relevance/zhibei-own-demands.txt}, their text read from
 * {@code ../shared/datasets/zhibei/demands.ndjson}) judged against the same achievements
 * on the same 0–3 scale ({@code relevance/zhibei-own-qrels.tsv}), pooled from several
 * systems' top 20 and then the unjudged top 10 of ours and the baselines.</li>
 * </ol>
 * Ours is {@link MatchService#match} (text candidates, meaning, criteria) with the
 * demand's title and description; for the development set also with the maturity and
 * modes the demands state. Baselines: {@code multi_match} of title and description over
 * title and summary with the standard analyzer (its own index of the same records), and a
 * character-bigram BM25 over title and description (the {@code bigram} subfields). Prints
 * nDCG@10, Recall@50, MRR and Unjudged@10, and writes every run to
 * {@code target/relevance/<set>-<system>.tsv} (demand, doc, rank) so that unjudged pairs
 * can be judged. The zhibei text is read from {@code ../shared}, never from this
 * repository.
 */
final class RelevanceBench {

	static final IndexDefinition ZHIBEI = new IndexDefinition("bench-zhibei-achievements",
			"elastic/indices/achievements.json");

	static final String DEMO_STANDARD = "bench-standard-demo";

	static final String ZHIBEI_STANDARD = "bench-standard-zhibei";

	static final Path RUNS = Path.of("target", "relevance");

	private final BenchTarget target;

	private final ElasticsearchClient client;

	private final MatchService matching;

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> table = new ArrayList<>();

	RelevanceBench(BenchTarget target) {
		this.target = target;
		this.client = target.app().getBean(ElasticsearchClient.class);
		this.matching = target.app().getBean(MatchService.class);
	}

	record Labelled(String id, String topic, Need need) {
	}

	void run() throws Exception {
		Files.createDirectories(RUNS);
		long started = System.nanoTime();
		long embedded = this.target.app().getBean(EmbeddingBackfill.class).embedMissing();
		System.out.printf("vectors of the demo corpus and demands: %d made in %d s%n", embedded,
				(System.nanoTime() - started) / 1_000_000_000);
		demoSet();
		zhibeiSets();
		System.out.println();
		System.out.println("| set | system | nDCG@10 | Recall@50 | MRR | Unjudged@10 | nDCG@10 / char-bigram BM25 |");
		System.out.println("|---|---|---|---|---|---|---|");
		this.table.forEach(System.out::println);
		System.out.println();
		System.out.println("Runs written to " + RUNS.toAbsolutePath());
	}

	private void demoSet() throws Exception {
		DemoCorpus corpus = new DemoCorpusGenerator(new IndustrialChainTaxonomy(), DemoCorpusGenerator.DEFAULT_SEED)
			.corpus();
		List<Map<String, String>> docs = new ArrayList<>();
		for (Achievement a : corpus.achievements()) {
			docs.add(doc(a.id(), a.title(), a.summary(), a.description()));
		}
		for (Capability c : corpus.capabilities()) {
			docs.add(doc(c.id(), c.title(), null, c.description()));
		}
		standardIndex(DEMO_STANDARD, docs);
		try {
			Map<String, List<String>> ours = new LinkedHashMap<>();
			Map<String, List<String>> standard = new LinkedHashMap<>();
			Map<String, List<String>> bigram = new LinkedHashMap<>();
			List<Judgements.Metrics> o = new ArrayList<>();
			List<Judgements.Metrics> s = new ArrayList<>();
			List<Judgements.Metrics> b = new ArrayList<>();
			for (Labelled demand : labelled()) {
				Grader grader = new Grader(corpus, demand.topic(), demand.need());
				ours.put(demand.id(), ours(demand.need(), MatchQueryBuilder.supplyIndices(), Function.identity()));
				standard.put(demand.id(), standard(DEMO_STANDARD, demand.need(), Function.identity()));
				bigram.put(demand.id(),
						bigram(MatchQueryBuilder.supplyIndices(), text(demand.need()), Function.identity()));
				o.add(grader.metrics(ours.get(demand.id())));
				s.add(grader.metrics(standard.get(demand.id())));
				b.add(grader.metrics(bigram.get(demand.id())));
			}
			String set = "demo (" + o.size() + " generated demands)";
			Judgements.Metrics bigramMean = mean(b);
			row(set, "ours (matchDemand)", mean(o), bigramMean);
			row(set, "multi_match, standard analyzer", mean(s), bigramMean);
			row(set, "char-bigram BM25", bigramMean, bigramMean);
			write("demo", "ours", ours);
			write("demo", "standard", standard);
			write("demo", "bigram", bigram);
		}
		finally {
			this.client.indices().delete((d) -> d.index(DEMO_STANDARD).ignoreUnavailable(true));
		}
	}

	private void zhibeiSets() throws Exception {
		List<AchievementDocument> documents = ZhibeiData
			.achievements(this.target.app().getBean(AchievementDocumentMapper.class));
		IndexAdmin admin = this.target.app().getBean(IndexAdmin.class);
		this.target.app().getBean(IndexGenerations.class).replaceAll(ZHIBEI, documents, AchievementDocument::id);
		List<Map<String, String>> docs = documents.stream()
			.map((d) -> doc(d.id(), d.title(), d.summary(), d.description()))
			.toList();
		standardIndex(ZHIBEI_STANDARD, docs);
		try {
			long started = System.nanoTime();
			long embedded = this.target.app()
				.getBean(EmbeddingBackfill.class)
				.embedMissing(EmbeddingTarget.supply(ZHIBEI.alias(), this.target.app().getBean(EmbeddingTexts.class)));
			System.out.printf("vectors of the zhibei achievements: %d made in %d s%n", embedded,
					(System.nanoTime() - started) / 1_000_000_000);
			Function<String, String> zb = (id) -> id.replaceFirst("^ach-zhibei-", "");

			Judgements dev = new Judgements()
				.read(Files.newBufferedReader(ZhibeiData.shared(ZhibeiData.DEV_SET.resolve("qrels-dev.tsv"))))
				.read(resource("/relevance/zhibei-dev-extra-qrels.tsv"));
			Map<String, Need> devNeeds = new LinkedHashMap<>();
			Map<String, Need> devNeedsWithTerms = new LinkedHashMap<>();
			for (JsonNode d : ZhibeiData.devDemands()) {
				List<TransferMode> modes = new ArrayList<>();
				d.path("cooperationModes").forEach((m) -> modes.add(TransferMode.valueOf(m.asString())));
				Maturity maturity = d.hasNonNull("maturityAtLeast")
						? Maturity.valueOf(d.get("maturityAtLeast").asString()) : null;
				String title = d.get("title").asString();
				String description = d.get("description").asString();
				devNeeds.put(d.get("id").asString(), need(title, description, null, List.of()));
				devNeedsWithTerms.put(d.get("id").asString(), need(title, description, maturity, modes));
			}
			realSet("zhibei-dev", "zhibei dev (20 real-wording demands)", devNeeds, devNeedsWithTerms, dev, zb);

			Judgements own = new Judgements().read(resource("/relevance/zhibei-own-qrels.tsv"));
			Map<String, JsonNode> demands = new HashMap<>();
			for (JsonNode d : ZhibeiData.ndjson(SharedData.zhibei("demands.ndjson"))) {
				demands.put(d.get("id").asString(), d);
			}
			Map<String, Need> ownNeeds = new LinkedHashMap<>();
			try (var lines = new java.io.BufferedReader(resource("/relevance/zhibei-own-demands.txt"))) {
				for (String id : lines.lines().filter((l) -> !l.isBlank() && !l.startsWith("#")).toList()) {
					JsonNode d = demands.get(id.strip());
					ownNeeds.put(id.strip(),
							need(d.get("name").asString(), d.path("context").asString(), null, List.of()));
				}
			}
			realSet("zhibei-own", "zhibei own (" + ownNeeds.size() + " real demands, "
					+ own.demandsWithPositives(ownNeeds.keySet()) + " with a relevant item)", ownNeeds, null, own, zb);
			reverse(documents, own);
		}
		finally {
			admin.currentGeneration(ZHIBEI).ifPresent(admin::discard);
			this.client.indices().delete((d) -> d.index(ZHIBEI_STANDARD).ignoreUnavailable(true));
		}
	}

	/**
	 * demandsFor on real text: the 1,729 zhibei demands (imported as the importer reads
	 * them, then treated as open and without deadline, since they date from 2020), each
	 * achievement of our own set that has a relevant demand asking for the demands it
	 * could serve; graded by our judgements read the other way round. Demands nobody
	 * judged for that achievement count as 0, so these are lower bounds, and Unjudged@10
	 * says by how much.
	 */
	private void reverse(List<AchievementDocument> achievements, Judgements own) throws Exception {
		IndexDefinition index = new IndexDefinition("bench-zhibei-demands", "elastic/indices/demands.json");
		DemandDocumentMapper demandMapper = this.target.app().getBean(DemandDocumentMapper.class);
		List<DemandDocument> demands = new ArrayList<>();
		try (ImportRows<Demand> rows = new CatalogImports(ColumnMapping.load(), new IndustrialChainTaxonomy()).demands(
				SharedData.zhibei("demands.ndjson"), ImportFormat.NDJSON, new ImportDefaults("zhibei", null),
				LocalDate.of(2020, 1, 1))) {
			while (rows.hasNext()) {
				if (rows.next() instanceof RowOutcome.Accepted<Demand> accepted) {
					demands.add(demandMapper
						.toDocument(accepted.record().toBuilder().status(DemandStatus.OPEN).deadline(null).build()));
				}
			}
		}
		IndexAdmin admin = this.target.app().getBean(IndexAdmin.class);
		this.target.app().getBean(IndexGenerations.class).replaceAll(index, demands, DemandDocument::id);
		try {
			EmbeddingTexts texts = this.target.app().getBean(EmbeddingTexts.class);
			this.target.app()
				.getBean(EmbeddingBackfill.class)
				.embedMissing(EmbeddingTarget.demands(index.alias(), texts));
			Judgements inverted = own.inverted();
			AchievementDocumentMapper mapper = this.target.app().getBean(AchievementDocumentMapper.class);
			Map<String, AchievementDocument> bySource = new HashMap<>();
			achievements.forEach((a) -> bySource.put(a.sourceId(), a));
			Function<String, String> zb = (id) -> id.replaceFirst("^dem-", "");
			Map<String, List<String>> ours = new LinkedHashMap<>();
			Map<String, List<String>> bigram = new LinkedHashMap<>();
			List<String> items = inverted.withRelevant();
			for (String item : items) {
				AchievementDocument document = bySource.get(item);
				SupplyProfile profile = SupplyProfile.of(mapper.toAchievement(document));
				float[] vector = texts.supply(document.title(), document.summary(), document.description())
					.orElse(null);
				ours.put(item,
						this.matching.demandsFor(profile, vector, 50, null, List.of(index.alias()))
							.edges()
							.stream()
							.map((edge) -> zb.apply(edge.node().demand().id()))
							.toList());
				bigram.put(item, bigram(List.of(index.alias()), profile.text(), zb));
			}
			String label = "reverse: demandsFor, " + items.size() + " zhibei achievements vs 1,729 real demands";
			Judgements.Metrics b = inverted.score(bigram, items);
			row(label, "ours (demandsFor)", inverted.score(ours, items), b);
			row(label, "char-bigram BM25 (title + summary vs title + description)", b, b);
			write("zhibei-reverse", "ours", ours);
			write("zhibei-reverse", "bigram", bigram);
		}
		finally {
			admin.currentGeneration(index).ifPresent(admin::discard);
		}
	}

	private void realSet(String name, String label, Map<String, Need> needs, Map<String, Need> withTerms,
			Judgements judgements, Function<String, String> toJudged) throws Exception {
		Map<String, List<String>> ours = new LinkedHashMap<>();
		Map<String, List<String>> oursWithTerms = new LinkedHashMap<>();
		Map<String, List<String>> standard = new LinkedHashMap<>();
		Map<String, List<String>> bigram = new LinkedHashMap<>();
		for (Map.Entry<String, Need> entry : needs.entrySet()) {
			ours.put(entry.getKey(), ours(entry.getValue(), List.of(ZHIBEI.alias()), toJudged));
			if (withTerms != null) {
				oursWithTerms.put(entry.getKey(),
						ours(withTerms.get(entry.getKey()), List.of(ZHIBEI.alias()), toJudged));
			}
			standard.put(entry.getKey(), standard(ZHIBEI_STANDARD, entry.getValue(), toJudged));
			bigram.put(entry.getKey(), bigram(List.of(ZHIBEI.alias()), text(entry.getValue()), toJudged));
		}
		List<String> ids = new ArrayList<>(needs.keySet());
		Judgements.Metrics b = judgements.score(bigram, ids);
		row(label, "ours (match: title + description)", judgements.score(ours, ids), b);
		if (withTerms != null) {
			row(label, "ours, with the demands' maturity and modes", judgements.score(oursWithTerms, ids), b);
			write(name, "ours-terms", oursWithTerms);
		}
		row(label, "multi_match, standard analyzer", judgements.score(standard, ids), b);
		row(label, "char-bigram BM25 (title + description)", b, b);
		write(name, "ours", ours);
		write(name, "standard", standard);
		write(name, "bigram", bigram);
	}

	private static Need need(String title, String description, Maturity maturity, List<TransferMode> modes) {
		return new Need(title, description, List.of(), null, maturity, modes, null, null, List.of());
	}

	/** Our top 50: the match service as {@code match(need:)} runs it. */
	private List<String> ours(Need need, List<String> indices, Function<String, String> toJudged) {
		return this.matching.match(need, 50, List.of(), indices)
			.edges()
			.stream()
			.map((edge) -> toJudged.apply(edge.node().item().id()))
			.toList();
	}

	/**
	 * The plain keyword baseline: title and description, standard analyzer, over title
	 * and summary.
	 */
	private List<String> standard(String index, Need need, Function<String, String> toJudged) throws Exception {
		return ids(
				this.client.search(
						(s) -> s.index(index)
							.size(50)
							.query((q) -> q
								.multiMatch((mm) -> mm.query(text(need)).fields(List.of("title", "summary")))),
						JsonData.class)
					.hits()
					.hits(),
				toJudged);
	}

	/**
	 * The character-bigram BM25 baseline: title and description over the bigram
	 * subfields.
	 */
	private List<String> bigram(List<String> indices, String text, Function<String, String> toJudged) throws Exception {
		return ids(this.client.search((s) -> s.index(indices)
			.size(50)
			.query((q) -> q.multiMatch((mm) -> mm.query(text)
				.fields(List.of("title.bigram", "description.bigram"))
				.type(TextQueryType.MostFields))), JsonData.class)
			.hits()
			.hits(), toJudged);
	}

	private static String text(Need need) {
		String text = need.title() + " " + need.description();
		return (text.length() > 1000) ? text.substring(0, 1000) : text;
	}

	private void row(String set, String system, Judgements.Metrics m, Judgements.Metrics bigram) {
		this.table.add(String.format("| %s | %s | %.3f | %.3f | %.3f | %.2f | %.2f × |", set, system, m.ndcg10(),
				m.recall50(), m.mrr(), m.unjudged10(), m.ndcg10() / bigram.ndcg10()));
	}

	private static void write(String set, String system, Map<String, List<String>> runs) throws Exception {
		StringBuilder out = new StringBuilder();
		runs.forEach((demand, docs) -> {
			for (int i = 0; i < docs.size(); i++) {
				out.append(demand).append('\t').append(docs.get(i)).append('\t').append(i + 1).append('\n');
			}
		});
		Files.writeString(RUNS.resolve(set + "-" + system + ".tsv"), out);
	}

	private static Reader resource(String path) {
		InputStream in = RelevanceBench.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException(path + " is not on the test classpath");
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
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

	private void standardIndex(String index, List<Map<String, String>> docs) throws Exception {
		this.client.indices().delete((d) -> d.index(index).ignoreUnavailable(true));
		this.client.indices()
			.create((c) -> c.index(index)
				.settings((s) -> s.numberOfShards("1").numberOfReplicas("0"))
				.mappings((m) -> m.properties("id", (p) -> p.keyword((k) -> k))
					.properties("title", (p) -> p.text((t) -> t.analyzer("standard")))
					.properties("summary", (p) -> p.text((t) -> t.analyzer("standard")))
					.properties("description", (p) -> p.text((t) -> t.analyzer("standard")))));
		this.target.app().getBean(BulkWriter.class).write(index, docs, (d) -> d.get("id"), (n) -> {
		});
		this.client.indices().refresh((r) -> r.index(index));
	}

	private static Map<String, String> doc(String id, String title, String summary, String description) {
		Map<String, String> doc = new HashMap<>();
		doc.put("id", id);
		doc.put("title", title);
		if (summary != null) {
			doc.put("summary", summary);
		}
		if (description != null) {
			doc.put("description", description);
		}
		return doc;
	}

	private static List<String> ids(List<Hit<JsonData>> hits, Function<String, String> toJudged) {
		return hits.stream().map((hit) -> toJudged.apply(hit.id())).toList();
	}

	private static Judgements.Metrics mean(List<Judgements.Metrics> all) {
		return new Judgements.Metrics(all.stream().mapToDouble(Judgements.Metrics::ndcg10).average().orElse(0),
				all.stream().mapToDouble(Judgements.Metrics::recall50).average().orElse(0),
				all.stream().mapToDouble(Judgements.Metrics::mrr).average().orElse(0), 0, all.size());
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

		Judgements.Metrics metrics(List<String> ranked) {
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
			return new Judgements.Metrics(dcg / ideal, found / (double) Math.min(50, this.relevant), rr, 0, 1);
		}

		private static double log2(int x) {
			return Math.log(x) / Math.log(2);
		}

	}

}
