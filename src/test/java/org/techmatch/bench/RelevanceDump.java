package org.techmatch.bench;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import tools.jackson.databind.JsonNode;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.embedding.EmbeddingBackfill;
import org.techmatch.embedding.EmbeddingTarget;
import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.embedding.TextEmbedder;
import org.techmatch.embedding.Vectors;
import org.techmatch.matching.Candidate;
import org.techmatch.matching.MatchInternals;
import org.techmatch.matching.MatchPlan;
import org.techmatch.matching.MatchQueryBuilder;
import org.techmatch.matching.Need;
import org.techmatch.support.SharedData;
import org.techmatch.support.ZhibeiData;

/**
 * {@code -Dbench=relevance-dump} (and {@code relevance-dump-lex}, clauses without
 * vectors, see {@link #expansions}): an experiment harness, not a benchmark. Loads the
 * zhibei achievements with their vectors once and writes, for every demand of the
 * development set and of our own set, the score of every achievement under each
 * single-field lexical clause (with the need's text, its title alone, and more-like-this
 * term selection), the criteria factor, and the vectors of needs and items, to
 * {@code target/relevance-dump/} (ids and numbers only), so that a scorer recomputes
 * rankings of other formulas in seconds.
 */
final class RelevanceDump {

	static final Path OUT = Path.of("target", "relevance-dump");

	/** Field clauses over the need's full query text. */
	static final List<String> FULL_FIELDS = List.of("title", "keywords", "summary", "description", "title.chars",
			"title.bigram", "description.bigram", "summary.bigram", "keywords.bigram");

	/** Field clauses over the need's title alone. */
	static final List<String> TITLE_FIELDS = List.of("title", "keywords", "summary", "description", "title.chars",
			"title.bigram", "description.bigram", "summary.bigram");

	private final BenchTarget target;

	private final ElasticsearchClient client;

	private final boolean lexicalOnly;

	RelevanceDump(BenchTarget target, boolean lexicalOnly) {
		this.lexicalOnly = lexicalOnly;
		this.target = target;
		this.client = target.app().getBean(ElasticsearchClient.class);
	}

	void run() throws Exception {
		Files.createDirectories(OUT);
		List<AchievementDocument> documents = ZhibeiData
			.achievements(this.target.app().getBean(AchievementDocumentMapper.class));
		IndexAdmin admin = this.target.app().getBean(IndexAdmin.class);
		this.target.app()
			.getBean(IndexGenerations.class)
			.replaceAll(RelevanceBench.ZHIBEI, documents, AchievementDocument::id);
		String index = RelevanceBench.ZHIBEI.alias();
		try {
			if (this.lexicalOnly) {
				this.client.indices().refresh((r) -> r.index(index));
				expansions(index);
				return;
			}
			long started = System.nanoTime();
			EmbeddingTexts texts = this.target.app().getBean(EmbeddingTexts.class);
			this.target.app().getBean(EmbeddingBackfill.class).embedMissing(EmbeddingTarget.supply(index, texts));
			System.out.printf("vectors: %d s%n", (System.nanoTime() - started) / 1_000_000_000);
			this.client.indices().refresh((r) -> r.index(index));
			dump(index, documents, texts);
		}
		finally {
			admin.currentGeneration(RelevanceBench.ZHIBEI).ifPresent(admin::discard);
		}
	}

	private void dump(String index, List<AchievementDocument> documents, EmbeddingTexts texts) throws Exception {
		TextEmbedder embedder = this.target.app().getBean(TextEmbedder.class);
		MatchQueryBuilder builder = this.target.app().getBean(MatchQueryBuilder.class);
		Function<String, String> zb = (id) -> id.replaceFirst("^ach-zhibei-", "");
		// candidates (vectors and criteria fields) of every item
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		for (Hit<Candidate> hit : this.client
			.search((s) -> s.index(index)
				.size(5000)
				.source((src) -> src.filter((f) -> f.includes(MatchInternals.supplyFields()))), Candidate.class)
			.hits()
			.hits()) {
			candidates.put(hit.id(), hit.source());
		}
		long started = System.nanoTime();
		try (BufferedWriter out = Files.newBufferedWriter(OUT.resolve("items.tsv"))) {
			for (AchievementDocument d : documents) {
				Candidate c = candidates.get(d.id());
				float[] stored = (c != null && c.vector() != null) ? Vectors.decode(c.vector()) : null;
				float[] title = embedder.embed(d.title()).orElse(null);
				out.write(zb.apply(d.id()) + "\t" + floats(stored) + "\t" + floats(title) + "\n");
			}
		}
		System.out.printf("item title vectors: %d s%n", (System.nanoTime() - started) / 1_000_000_000);

		Files.writeString(OUT.resolve("centre.tsv"),
				floats(MatchInternals.centre(this.target.app(), List.of(index))) + "\n");
		Map<String, String[]> demands = new LinkedHashMap<>();
		Map<String, Need> withTerms = new HashMap<>();
		for (JsonNode d : ZhibeiData.devDemands()) {
			String id = d.get("id").asString();
			demands.put(id, new String[] { "dev", d.get("title").asString(), d.get("description").asString() });
			List<TransferMode> modes = new ArrayList<>();
			d.path("cooperationModes").forEach((m) -> modes.add(TransferMode.valueOf(m.asString())));
			Maturity maturity = d.hasNonNull("maturityAtLeast") ? Maturity.valueOf(d.get("maturityAtLeast").asString())
					: null;
			withTerms.put(id, new Need(d.get("title").asString(), d.get("description").asString(), List.of(), null,
					maturity, modes, null, null, List.of()));
		}
		Map<String, JsonNode> all = new HashMap<>();
		for (JsonNode d : ZhibeiData.ndjson(SharedData.zhibei("demands.ndjson"))) {
			all.put(d.get("id").asString(), d);
		}
		for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/zhibei-own-demands.txt"))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				JsonNode d = all.get(line.strip());
				demands.put(line.strip(),
						new String[] { "own", d.get("name").asString(), d.path("context").asString() });
			}
		}
		List<String> columns = new ArrayList<>();
		FULL_FIELDS.forEach((f) -> columns.add("f:" + f));
		TITLE_FIELDS.forEach((f) -> columns.add("t:" + f));
		columns.addAll(List.of("base:title.bigram", "base:description.bigram", "mlt:words", "mlt:bigram", "mlt:words15",
				"mlt:bigram30"));
		try (BufferedWriter needs = Files.newBufferedWriter(OUT.resolve("needs.tsv"));
				BufferedWriter out = Files.newBufferedWriter(OUT.resolve("scores.tsv"))) {
			out.write("demand\tdoc\tfactor\tfactorTerms\t" + String.join("\t", columns) + "\n");
			for (Map.Entry<String, String[]> entry : demands.entrySet()) {
				String id = entry.getKey();
				String title = entry.getValue()[1];
				String description = entry.getValue()[2];
				Need need = new Need(title, description, List.of(), null, null, List.of(), null, null, List.of());
				MatchPlan plan = builder.supplyFor(need);
				MatchPlan terms = builder.supplyFor(withTerms.getOrDefault(id, need));
				String full = plan.highlightText();
				String titleText = builder
					.supplyFor(new Need(title, "", List.of(), null, null, List.of(), null, null, List.of()))
					.highlightText();
				String base = title + " " + description;
				base = (base.length() > 1000) ? base.substring(0, 1000) : base;
				String whole = cut(title + "。" + description, 300);
				needs.write(id + "\t" + entry.getValue()[0] + "\t" + floats(texts.need(title, description).orElse(null))
						+ "\t" + floats(embedder.embed(whole).orElse(null)) + "\t"
						+ floats(embedder.embed(title).orElse(null)) + "\n");
				List<Map<String, Double>> scores = new ArrayList<>();
				for (String field : FULL_FIELDS) {
					scores.add(scores(index, match(field, full)));
				}
				for (String field : TITLE_FIELDS) {
					scores.add(scores(index, match(field, titleText)));
				}
				scores.add(scores(index, match("title.bigram", base)));
				scores.add(scores(index, match("description.bigram", base)));
				scores.add(scores(index, mlt(List.of("title", "keywords", "summary", "description"), full, 25)));
				scores.add(scores(index, mlt(List.of("title.bigram", "description.bigram"), full, 50)));
				scores.add(scores(index, mlt(List.of("title", "keywords", "summary", "description"), full, 15)));
				scores.add(scores(index, mlt(List.of("title.bigram", "description.bigram"), full, 30)));
				for (Map.Entry<String, Candidate> c : candidates.entrySet()) {
					StringBuilder row = new StringBuilder(id).append('\t').append(zb.apply(c.getKey()));
					row.append('\t')
						.append(MatchInternals.criteriaFactor(plan.criteria(), c.getValue()))
						.append('\t')
						.append(MatchInternals.criteriaFactor(terms.criteria(), c.getValue()));
					boolean any = false;
					for (Map<String, Double> s : scores) {
						Double v = s.get(c.getKey());
						any |= v != null;
						row.append('\t').append((v != null) ? String.format("%.4f", v) : "0");
					}
					if (any) {
						out.write(row.append('\n').toString());
					}
				}
				System.out.println("dumped " + id);
			}
		}
	}

	private static Query match(String field, String text) {
		return Query.of((q) -> q.match((m) -> m.field(field).query(text)));
	}

	private static Query mlt(List<String> fields, String text, int terms) {
		return Query.of((q) -> q.moreLikeThis((m) -> m.fields(fields)
			.like((l) -> l.text(text))
			.minTermFreq(1)
			.minDocFreq(1)
			.maxQueryTerms(terms)
			.minimumShouldMatch("1")));
	}

	private Map<String, Double> scores(String index, Query query) throws Exception {
		Map<String, Double> scores = new HashMap<>();
		for (Hit<JsonData> hit : this.client
			.search((s) -> s.index(index).size(5000).source((src) -> src.fetch(false)).query(query), JsonData.class)
			.hits()
			.hits()) {
			scores.put(hit.id(), hit.score());
		}
		return scores;
	}

	private static String cut(String text, int chars) {
		return (text.codePointCount(0, text.length()) <= chars) ? text
				: text.substring(0, text.offsetByCodePoints(0, chars));
	}

	private static String floats(float[] v) {
		if (v == null) {
			return "";
		}
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < v.length; i++) {
			if (i > 0) {
				s.append(',');
			}
			s.append(String.format("%.5f", v[i]));
		}
		return s.toString();
	}

	/**
	 * Experimental clauses that need no vectors: synonyms of 同义词词林扩展版 ("=" groups, read
	 * from the file {@code CILIN} names) of the words the need contains, and
	 * pseudo-relevance feedback (the significant words of the descriptions of the
	 * candidate query's top 10). Written to {@code scores-lex.tsv}, same rows as
	 * {@code scores.tsv}.
	 */
	private void expansions(String index) throws Exception {
		MatchQueryBuilder builder = this.target.app().getBean(MatchQueryBuilder.class);
		Function<String, String> zb = (id) -> id.replaceFirst("^ach-zhibei-", "");
		Map<String, List<String>> cilin = new HashMap<>();
		for (String line : Files.readAllLines(cilinFile())) {
			String[] parts = line.strip().split("\\s+");
			if (parts.length > 2 && parts[0].endsWith("=") && parts.length <= 11) {
				List<String> group = List.of(parts).subList(1, parts.length);
				for (String word : group) {
					cilin.computeIfAbsent(word, (w) -> new ArrayList<>()).addAll(group);
				}
			}
		}
		Map<String, String[]> demands = demands();
		List<String> ids = new ArrayList<>();
		for (Hit<JsonData> hit : this.client
			.search((s) -> s.index(index).size(5000).source((src) -> src.fetch(false)), JsonData.class)
			.hits()
			.hits()) {
			ids.add(hit.id());
		}
		try (BufferedWriter out = Files.newBufferedWriter(OUT.resolve("scores-lex.tsv"));
				BufferedWriter terms = Files.newBufferedWriter(OUT.resolve("expansions.tsv"))) {
			out.write("demand\tdoc\tcilin:words\tcilin:bigram\tprf:words\tprf:bigram\tprf5:words\n");
			for (Map.Entry<String, String[]> entry : demands.entrySet()) {
				String title = entry.getValue()[1];
				String description = entry.getValue()[2];
				MatchPlan plan = builder
					.supplyFor(new Need(title, description, List.of(), null, null, List.of(), null, null, List.of()));
				String full = plan.highlightText();
				java.util.LinkedHashSet<String> added = new java.util.LinkedHashSet<>();
				for (int i = 0; i < full.length(); i++) {
					for (int len = 4; len >= 2; len--) {
						if (i + len <= full.length() && cilin.containsKey(full.substring(i, i + len))) {
							for (String synonym : cilin.get(full.substring(i, i + len))) {
								if (!full.contains(synonym)) {
									added.add(synonym);
								}
							}
							break;
						}
					}
				}
				String synonyms = String.join(" ", added);
				List<String> feedback = significant(index, plan.query(), 10, 10);
				List<String> feedback5 = significant(index, plan.query(), 5, 10);
				terms.write(entry.getKey() + "\t" + synonyms + "\t" + String.join(" ", feedback) + "\n");
				List<Map<String, Double>> scores = new ArrayList<>();
				scores.add(scores(index, words(synonyms)));
				scores.add(scores(index, bigrams(synonyms)));
				scores.add(scores(index, words(String.join(" ", feedback))));
				scores.add(scores(index, bigrams(String.join(" ", feedback))));
				scores.add(scores(index, words(String.join(" ", feedback5))));
				for (String id : ids) {
					StringBuilder row = new StringBuilder(entry.getKey()).append('\t').append(zb.apply(id));
					boolean any = false;
					for (Map<String, Double> s : scores) {
						Double v = s.get(id);
						any |= v != null;
						row.append('\t').append((v != null) ? String.format("%.4f", v) : "0");
					}
					if (any) {
						out.write(row.append('\n').toString());
					}
				}
			}
		}
	}

	/**
	 * The thesaurus file: {@code CILIN=<path>}, e.g.
	 * {@code data/dictionary/synonym/CoreSynonym.txt} unzipped from
	 * {@code com.hankcs:hanlp:portable-1.8.6}.
	 */
	private static Path cilinFile() {
		String file = System.getenv("CILIN");
		if (file == null || !Files.isReadable(Path.of(file))) {
			throw new IllegalStateException("Set CILIN to the path of 同义词词林扩展版 (CoreSynonym.txt of "
					+ "com.hankcs:hanlp:portable-1.8.6, data/dictionary/synonym/)");
		}
		return Path.of(file);
	}

	private static Query words(String text) {
		return Query.of((q) -> q.multiMatch((m) -> m.query(text.isBlank() ? "_" : text)
			.fields(List.of("title^2", "keywords^2", "summary", "description"))
			.type(co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType.MostFields)));
	}

	private static Query bigrams(String text) {
		return Query.of((q) -> q.multiMatch((m) -> m.query(text.isBlank() ? "_" : text)
			.fields(List.of("title.bigram", "description.bigram"))
			.type(co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType.MostFields)));
	}

	/** The significant words of the descriptions of the query's top {@code top}. */
	private List<String> significant(String index, Query query, int top, int size) throws Exception {
		var response = this.client.search(
				(s) -> s.index(index)
					.size(0)
					.query(query)
					.aggregations("sample", (a) -> a.sampler((sa) -> sa.shardSize(top))
						.aggregations("terms", (t) -> t.significantText((st) -> st.field("description").size(size)))),
				JsonData.class);
		List<String> words = new ArrayList<>();
		response.aggregations()
			.get("sample")
			.sampler()
			.aggregations()
			.get("terms")
			.sigsterms()
			.buckets()
			.array()
			.forEach((b) -> words.add(b.key()));
		return words;
	}

	private Map<String, String[]> demands() throws Exception {
		Map<String, String[]> demands = new LinkedHashMap<>();
		for (JsonNode d : ZhibeiData.devDemands()) {
			demands.put(d.get("id").asString(),
					new String[] { "dev", d.get("title").asString(), d.get("description").asString() });
		}
		Map<String, JsonNode> all = new HashMap<>();
		for (JsonNode d : ZhibeiData.ndjson(SharedData.zhibei("demands.ndjson"))) {
			all.put(d.get("id").asString(), d);
		}
		for (String line : Files.readAllLines(Path.of("src/test/resources/relevance/zhibei-own-demands.txt"))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				JsonNode d = all.get(line.strip());
				demands.put(line.strip(),
						new String[] { "own", d.get("name").asString(), d.path("context").asString() });
			}
		}
		return demands;
	}

}
