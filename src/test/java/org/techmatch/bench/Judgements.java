package org.techmatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Graded relevance judgements ({@code demand_id<TAB>doc_id<TAB>grade}, 0–3) and the
 * metrics of {@code ../shared/relevance/zhibei-dev/score.py}, computed the same way:
 * nDCG@10 (gain 2^grade − 1, ideal from all judged documents of the demand; demands
 * without a positive grade left out), Recall@50 and MRR over grade ≥ 2 (demands without
 * one left out), and Unjudged@10, the share of the top 10 nobody judged (counted as 0
 * above, so the other numbers are lower bounds while it is above 0).
 */
final class Judgements {

	static final int RELEVANT = 2;

	private final Map<String, Map<String, Integer>> grades = new HashMap<>();

	/**
	 * Adds the judgements of a TSV; a pair judged twice keeps the higher grade. Lines
	 * starting with # are comments.
	 */
	Judgements read(Reader tsv) throws IOException {
		try (BufferedReader reader = new BufferedReader(tsv)) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] parts = line.split("\t");
				if (line.isBlank() || line.startsWith("#") || parts.length < 3 || !parts[2].strip().matches("\\d+")) {
					continue;
				}
				this.grades.computeIfAbsent(parts[0], (d) -> new HashMap<>())
					.merge(parts[1], Integer.parseInt(parts[2].strip()), Math::max);
			}
		}
		return this;
	}

	/**
	 * The same judgements the other way round: doc → demand → grade (reverse matching).
	 */
	Judgements inverted() {
		Judgements inverted = new Judgements();
		this.grades.forEach((demand, docs) -> docs
			.forEach((doc, grade) -> inverted.grades.computeIfAbsent(doc, (d) -> new HashMap<>())
				.merge(demand, grade, Math::max)));
		return inverted;
	}

	/** The ids judged with at least one document of grade ≥ {@link #RELEVANT}. */
	List<String> withRelevant() {
		return this.grades.entrySet()
			.stream()
			.filter((e) -> e.getValue().values().stream().anyMatch((g) -> g >= RELEVANT))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	int grade(String demand, String doc) {
		return this.grades.getOrDefault(demand, Map.of()).getOrDefault(doc, 0);
	}

	boolean judged(String demand, String doc) {
		return this.grades.getOrDefault(demand, Map.of()).containsKey(doc);
	}

	/**
	 * Demands with at least one document of grade ≥ 1 (the ones nDCG is averaged over).
	 */
	long demandsWithPositives(Set<String> demands) {
		return demands.stream()
			.filter((d) -> this.grades.getOrDefault(d, Map.of()).values().stream().anyMatch((g) -> g > 0))
			.count();
	}

	/**
	 * Mean metrics of ranked runs (demand → doc ids, best first) over {@code demands}.
	 */
	Metrics score(Map<String, List<String>> runs, List<String> demands) {
		List<Double> ndcg = new ArrayList<>();
		List<Double> recall = new ArrayList<>();
		List<Double> mrr = new ArrayList<>();
		List<Double> unjudged = new ArrayList<>();
		for (String demand : demands) {
			Map<String, Integer> judged = this.grades.getOrDefault(demand, Map.of());
			List<String> ranked = runs.getOrDefault(demand, List.of());
			List<String> top = ranked.subList(0, Math.min(10, ranked.size()));
			unjudged.add(top.isEmpty() ? 0
					: top.stream().filter((d) -> !judged.containsKey(d)).count() / (double) top.size());
			double dcg = 0;
			for (int i = 0; i < top.size(); i++) {
				dcg += gain(judged.getOrDefault(top.get(i), 0)) / log2(i + 2);
			}
			List<Integer> ideal = judged.values().stream().sorted((a, b) -> b - a).limit(10).toList();
			double idcg = 0;
			for (int i = 0; i < ideal.size(); i++) {
				idcg += gain(ideal.get(i)) / log2(i + 2);
			}
			if (idcg > 0) {
				ndcg.add(dcg / idcg);
			}
			Set<String> relevant = judged.entrySet()
				.stream()
				.filter((e) -> e.getValue() >= RELEVANT)
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			if (!relevant.isEmpty()) {
				recall.add(ranked.subList(0, Math.min(50, ranked.size())).stream().filter(relevant::contains).count()
						/ (double) relevant.size());
				double rr = 0;
				for (int i = 0; i < ranked.size(); i++) {
					if (relevant.contains(ranked.get(i))) {
						rr = 1.0 / (i + 1);
						break;
					}
				}
				mrr.add(rr);
			}
		}
		return new Metrics(mean(ndcg), mean(recall), mean(mrr), mean(unjudged), ndcg.size());
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(int x) {
		return Math.log(x) / Math.log(2);
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	/** The mean metrics of one system on one set. */
	record Metrics(double ndcg10, double recall50, double mrr, double unjudged10, int demands) {
	}

}
