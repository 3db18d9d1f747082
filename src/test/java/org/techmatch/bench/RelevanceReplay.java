package org.techmatch.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.techmatch.embedding.Vectors;
import org.techmatch.matching.MatchInternals;
import org.techmatch.support.ZhibeiData;

/**
 * {@code -Dbench=relevance-replay}: scores ranking variants in seconds, without a node,
 * from what {@code -Dbench=relevance-dump} wrote to {@code target/relevance-dump/}. The
 * candidate score is the sum of the dumped single-field clause scores with the boosts of
 * {@link org.techmatch.matching.MatchQueryBuilder} (words as the gate, title characters,
 * description bigrams, the selected bigrams), the best {@code CANDIDATES} are ordered as
 * {@code MatchRanking} orders them:
 * {@code 100 · ((1 − s) · lexical / best + s · cosine) ·
 * criteria factor}, rounded, ties by id, with cosines of centred vectors (the centre the
 * dump read from matching, {@code centre.tsv}, else the mean of the dumped items) and the
 * need's vector moved towards its first ordering's best items. The first row reproduces
 * {@code -Dbench=relevance}'s "ours" rows of the two real sets (nDCG@10 within 0.004: the
 * dump's clause scores are rounded, and feedback from the best 3 turns a near tie into a
 * different query); the others are the variants measured in docs/benchmarks.md. An
 * experiment harness, not a benchmark: the dump must come from the same code.
 */
final class RelevanceReplay {

	private final Map<String, float[]> items = new HashMap<>();

	private final Map<String, float[]> needs = new HashMap<>();

	private final Map<String, String> sets = new LinkedHashMap<>();

	private final Map<String, List<Row>> rows = new HashMap<>();

	/**
	 * One achievement that shares a word with the need: its candidate score and factor.
	 */
	record Row(String doc, double lexical, double factor) {
	}

	private float[] centre;

	/** A ranking variant. */
	record Variant(String name, double share, boolean criteria, double shift, int feedbackItems,
			double feedbackWeight) {

		Variant with(String name, double shift, int feedbackItems, double feedbackWeight) {
			return new Variant(name, this.share, this.criteria, shift, feedbackItems, feedbackWeight);
		}

	}

	void run() throws Exception {
		Path dump = RelevanceDump.OUT;
		if (!Files.exists(dump.resolve("scores.tsv"))) {
			System.err
				.println("No " + dump.resolve("scores.tsv") + ": run mvn -Pbench verify -Dbench=relevance-dump first");
			return;
		}
		read(dump);
		Judgements dev = new Judgements()
			.read(Files.newBufferedReader(ZhibeiData.shared(ZhibeiData.DEV_SET.resolve("qrels-dev.tsv"))))
			.read(Files.newBufferedReader(Path.of("src/test/resources/relevance/zhibei-dev-extra-qrels.tsv")));
		Judgements own = new Judgements()
			.read(Files.newBufferedReader(Path.of("src/test/resources/relevance/zhibei-own-qrels.tsv")));
		double share = MatchInternals.semanticShare();
		Variant kept = new Variant("kept (as matching ranks)", share, true, MatchInternals.centreShift(),
				MatchInternals.feedbackItems(), MatchInternals.feedbackWeight());
		List<Variant> variants = List.of(kept, kept.with("before: no centre, no feedback", 0, 0, 0),
				kept.with("no feedback", kept.shift(), 0, 0),
				kept.with("no centre", 0, kept.feedbackItems(), kept.feedbackWeight()),
				kept.with("centre shift 0.25", 0.25, kept.feedbackItems(), kept.feedbackWeight()),
				kept.with("centre shift 0.75", 0.75, kept.feedbackItems(), kept.feedbackWeight()),
				kept.with("feedback from the best 1", kept.shift(), 1, kept.feedbackWeight()),
				kept.with("feedback from the best 2", kept.shift(), 2, kept.feedbackWeight()),
				kept.with("feedback from the best 5", kept.shift(), 5, kept.feedbackWeight()),
				kept.with("feedback weight 0.1", kept.shift(), kept.feedbackItems(), 0.1),
				kept.with("feedback weight 0.3", kept.shift(), kept.feedbackItems(), 0.3),
				new Variant("semantic share " + round(share - 0.1), share - 0.1, true, kept.shift(),
						kept.feedbackItems(), kept.feedbackWeight()),
				new Variant("semantic share " + round(share + 0.1), share + 0.1, true, kept.shift(),
						kept.feedbackItems(), kept.feedbackWeight()),
				new Variant("no criteria factor (the inferred chain)", share, false, kept.shift(), kept.feedbackItems(),
						kept.feedbackWeight()));
		System.out.println("| variant | dev nDCG@10 | dev Unjudged@10 | own nDCG@10 | own Unjudged@10 |");
		System.out.println("|---|---|---|---|---|");
		for (Variant variant : variants) {
			Judgements.Metrics d = score(variant, "dev", dev);
			Judgements.Metrics o = score(variant, "own", own);
			System.out.printf("| %s | %.3f | %.2f | %.3f | %.2f |%n", variant.name(), d.ndcg10(), d.unjudged10(),
					o.ndcg10(), o.unjudged10());
		}
	}

	private Judgements.Metrics score(Variant variant, String set, Judgements judgements) {
		Map<String, List<String>> runs = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : this.sets.entrySet()) {
			if (entry.getValue().equals(set)) {
				runs.put(entry.getKey(), rank(entry.getKey(), variant));
			}
		}
		return judgements.score(runs, new ArrayList<>(runs.keySet()));
	}

	/** The variant's top 50 for one need. */
	List<String> rank(String demand, Variant variant) {
		List<Row> all = new ArrayList<>(this.rows.getOrDefault(demand, List.of()));
		all.sort(Comparator.comparingDouble(Row::lexical).reversed().thenComparing(Row::doc));
		List<Row> pool = new ArrayList<>(all.subList(0, Math.min(MatchInternals.candidates(), all.size())));
		float[] need = this.needs.get(demand);
		if (need == null) {
			return order(pool, null, Map.of(), variant);
		}
		float[] query = Vectors.centred(need, this.centre, variant.shift());
		Map<String, float[]> vectors = new HashMap<>();
		for (Row row : pool) {
			float[] item = this.items.get(row.doc());
			if (item != null) {
				vectors.put(row.doc(), Vectors.centred(item, this.centre, variant.shift()));
			}
		}
		List<String> first = order(pool, query, vectors, variant);
		if (variant.feedbackItems() == 0) {
			return first;
		}
		float[] best = Vectors.mean(
				first.stream().filter(vectors::containsKey).limit(variant.feedbackItems()).map(vectors::get).toList());
		return order(pool, Vectors.blend(query, 1, best, (float) variant.feedbackWeight()), vectors, variant);
	}

	/** The pool ordered by one need vector (null: words alone), top 50. */
	private static List<String> order(List<Row> pool, float[] query, Map<String, float[]> vectors, Variant variant) {
		Map<String, Double> cosines = new HashMap<>();
		if (query != null) {
			vectors.forEach((doc, v) -> cosines.put(doc, Vectors.cosine(query, v)));
		}
		double best = pool.stream().mapToDouble(Row::lexical).max().orElse(1);
		double lowest = pool.stream()
			.filter((r) -> cosines.containsKey(r.doc()))
			.mapToDouble((r) -> cosines.get(r.doc()))
			.min()
			.orElse(0);
		Map<String, Double> scores = new HashMap<>();
		for (Row row : pool) {
			double text = row.lexical() / best;
			if (query != null) {
				text = (1 - variant.share()) * text
						+ variant.share() * Math.max(cosines.getOrDefault(row.doc(), lowest), 0);
			}
			double factor = variant.criteria() ? row.factor() : 1;
			scores.put(row.doc(), Math.round(100 * text * factor * 1000) / 1000.0);
		}
		return pool.stream()
			.map(Row::doc)
			.sorted(Comparator.comparingDouble((String doc) -> scores.get(doc)).reversed().thenComparing((d) -> d))
			.limit(50)
			.toList();
	}

	private void read(Path dump) throws Exception {
		try (BufferedReader in = Files.newBufferedReader(dump.resolve("items.tsv"))) {
			String line;
			while ((line = in.readLine()) != null) {
				String[] parts = line.split("\t", -1);
				if (!parts[1].isEmpty()) {
					this.items.put(parts[0], floats(parts[1]));
				}
			}
		}
		String centre = Files.exists(dump.resolve("centre.tsv")) ? Files.readString(dump.resolve("centre.tsv")).strip()
				: null;
		this.centre = (centre == null) ? Vectors.mean(this.items.values().stream().map(Vectors::normalize).toList())
				: (centre.isEmpty() ? null : floats(centre));
		try (BufferedReader in = Files.newBufferedReader(dump.resolve("needs.tsv"))) {
			String line;
			while ((line = in.readLine()) != null) {
				String[] parts = line.split("\t", -1);
				this.sets.put(parts[0], parts[1]);
				if (!parts[2].isEmpty()) {
					this.needs.put(parts[0], floats(parts[2]));
				}
			}
		}
		try (BufferedReader in = Files.newBufferedReader(dump.resolve("scores.tsv"))) {
			List<String> header = List.of(in.readLine().split("\t"));
			List<double[]> gate = boosts(header, MatchInternals.candidateClauses().get(0));
			List<double[]> others = new ArrayList<>();
			for (List<String> clause : MatchInternals.candidateClauses().subList(1, 3)) {
				others.addAll(boosts(header, clause));
			}
			others.add(new double[] { header.indexOf("mlt:bigram"), MatchInternals.selectedBigramWeight() });
			String line;
			while ((line = in.readLine()) != null) {
				String[] parts = line.split("\t");
				double words = sum(parts, gate);
				if (words > 0) {
					this.rows.computeIfAbsent(parts[0], (d) -> new ArrayList<>())
						.add(new Row(parts[1], words + sum(parts, others), Double.parseDouble(parts[2])));
				}
			}
		}
	}

	/**
	 * Column index and boost of each {@code field^boost} of a clause that the dump has
	 * (achievements have no representativeResults).
	 */
	private static List<double[]> boosts(List<String> header, List<String> fields) {
		List<double[]> out = new ArrayList<>();
		for (String field : fields) {
			String[] parts = field.split("\\^");
			int column = header.indexOf("f:" + parts[0]);
			if (column >= 0) {
				out.add(new double[] { column, (parts.length > 1) ? Double.parseDouble(parts[1]) : 1 });
			}
		}
		return out;
	}

	private static double sum(String[] parts, List<double[]> columns) {
		double sum = 0;
		for (double[] c : columns) {
			sum += c[1] * Double.parseDouble(parts[(int) c[0]]);
		}
		return sum;
	}

	private static float[] floats(String csv) {
		String[] parts = csv.split(",");
		float[] v = new float[parts.length];
		for (int i = 0; i < parts.length; i++) {
			v[i] = Float.parseFloat(parts[i]);
		}
		return v;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
