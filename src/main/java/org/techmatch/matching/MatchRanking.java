package org.techmatch.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.techmatch.embedding.Vectors;

/**
 * Orders the candidates the text query found. Text decides what is a match, meaning
 * decides the order among matches, and what the need states besides its text (maturity,
 * modes, budget, chain, city) only re-orders items that are already text-relevant:
 * <ol>
 * <li>text relevance
 * {@code t = (1 − s) · lexical / best lexical + s · cosine(need, item)}, with {@code s} =
 * {@value #SEMANTIC_SHARE} when both have vectors (an item still waiting for its vector
 * takes the lowest cosine of the page; a need without one ranks by its words alone);</li>
 * <li>score {@code = 100 · t · (1 + Σ bonus of the criteria met)}: a criterion adds a
 * share of the item's own text relevance, so it can never lift an item past one that fits
 * the text clearly better.</li>
 * </ol>
 * Cosines are taken between centred vectors ({@link Vectors#centred}: less
 * {@value #CENTRE_SHIFT} of the mean of the vectors being matched against,
 * {@link VectorCentres}), and the need's vector learns from the first ordering: it moves
 * {@value #FEEDBACK_WEIGHT} of the way towards the mean of the {@value #FEEDBACK_ITEMS}
 * best items before the final one (pseudo-relevance feedback, Rocchio). Both are measured
 * in docs/benchmarks.md ("Centred vectors and feedback"). Measured on the zhibei
 * development set (nDCG@10, {@code mvn -Pbench verify -Dbench=relevance}): words alone
 * 0.618; with meaning at 0.5 0.637, 0.7 0.649, 0.8 0.652, 0.9 0.633.
 */
final class MatchRanking {

	/** The share of meaning (cosine of the vectors) in text relevance. */
	static final double SEMANTIC_SHARE = 0.8;

	/**
	 * What each criterion met adds, as a share of the item's text relevance. An inferred
	 * chain counts half (it is a guess).
	 */
	static final Map<MatchReasonKind, Double> BONUS = Map.of(MatchReasonKind.SAME_CHAIN, 0.15,
			MatchReasonKind.SAME_CLUSTER, 0.05, MatchReasonKind.MATURITY_OK, 0.10, MatchReasonKind.MODE_COMPATIBLE,
			0.08, MatchReasonKind.WITHIN_BUDGET, 0.08, MatchReasonKind.SAME_CITY, 0.01);

	static final double INFERRED_CHAIN_FACTOR = 0.5;

	/**
	 * How much of the centre of the vectors matched against is taken from every vector
	 * before cosines.
	 */
	static final double CENTRE_SHIFT = 0.5;

	/** How many of the first ordering's best items the need's vector learns from. */
	static final int FEEDBACK_ITEMS = 3;

	/** The weight of their mean vector, added to the need's. */
	static final double FEEDBACK_WEIGHT = 0.2;

	private MatchRanking() {
	}

	/**
	 * One ranked candidate: its final score, its text relevance and the criteria it met.
	 */
	record Ranked(String id, double score, double text, Set<MatchReasonKind> met) {

		/** What a met criterion added to the score. */
		double weight(MatchReasonKind kind, MatchCriteria criteria) {
			return round(100 * this.text * bonus(kind, criteria));
		}

	}

	/** A text hit: the candidate and its lexical score. */
	record Hit(Candidate candidate, double lexical) {
	}

	/**
	 * The hits in their final order, by plain cosines and without feedback: how supply →
	 * demands ranks ({@code demandsFor}; centred vectors and feedback measured lower
	 * there, see docs/benchmarks.md).
	 * @param vector the supply item's vector, null when it has none
	 * @param met the criteria a candidate meets
	 */
	static List<Ranked> rank(List<Hit> hits, float[] vector, MatchCriteria criteria,
			Function<Candidate, Set<MatchReasonKind>> met) {
		List<float[]> vectors = vectors(hits, vector, null);
		return order(hits, (vector != null) ? Vectors.normalize(vector) : null, vectors, criteria, met);
	}

	/**
	 * The hits in their final order, by centred vectors and with feedback from the first
	 * ordering: how need → supply ranks.
	 * @param need the need's vector, null when it has none
	 * @param centre the centre of the vectors matched against, null for none
	 * @param met the criteria a candidate meets
	 */
	static List<Ranked> rank(List<Hit> hits, float[] need, float[] centre, MatchCriteria criteria,
			Function<Candidate, Set<MatchReasonKind>> met) {
		List<float[]> vectors = vectors(hits, need, centre);
		if (need == null || vectors.stream().allMatch((v) -> v == null)) {
			return order(hits, null, vectors, criteria, met);
		}
		float[] query = Vectors.centred(need, centre, CENTRE_SHIFT);
		List<Ranked> first = order(hits, query, vectors, criteria, met);
		Map<String, float[]> byId = new HashMap<>();
		for (int i = 0; i < hits.size(); i++) {
			byId.put(hits.get(i).candidate().id(), vectors.get(i));
		}
		float[] best = Vectors
			.mean(first.stream().map((r) -> byId.get(r.id())).filter((v) -> v != null).limit(FEEDBACK_ITEMS).toList());
		return order(hits, Vectors.blend(query, 1, best, (float) FEEDBACK_WEIGHT), vectors, criteria, met);
	}

	/**
	 * The candidates' vectors, centred (unit length without a centre); null for a
	 * candidate without one, or all null when the need has none.
	 */
	private static List<float[]> vectors(List<Hit> hits, float[] need, float[] centre) {
		List<float[]> vectors = new ArrayList<>();
		for (Hit hit : hits) {
			float[] vector = (need != null) ? Vectors.decode(hit.candidate().vector()) : null;
			vectors.add((vector != null && vector.length == need.length) ? Vectors.centred(vector, centre, CENTRE_SHIFT)
					: null);
		}
		return vectors;
	}

	/** One ordering by the need's vector {@code query} (null: by words alone). */
	private static List<Ranked> order(List<Hit> hits, float[] query, List<float[]> vectors, MatchCriteria criteria,
			Function<Candidate, Set<MatchReasonKind>> met) {
		double best = hits.stream().mapToDouble(Hit::lexical).max().orElse(1);
		List<Double> cosines = new ArrayList<>();
		for (float[] vector : vectors) {
			cosines.add((query != null && vector != null) ? Vectors.cosine(query, vector) : null);
		}
		double lowest = cosines.stream().filter((c) -> c != null).mapToDouble(Double::doubleValue).min().orElse(0);
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			Hit hit = hits.get(i);
			double lexical = (best > 0) ? hit.lexical() / best : 0;
			double text = lexical;
			if (query != null) {
				double cosine = (cosines.get(i) != null) ? cosines.get(i) : lowest;
				text = (1 - SEMANTIC_SHARE) * lexical + SEMANTIC_SHARE * Math.max(cosine, 0);
			}
			Set<MatchReasonKind> kinds = met.apply(hit.candidate());
			double factor = 1;
			for (MatchReasonKind kind : kinds) {
				factor += bonus(kind, criteria);
			}
			ranked.add(new Ranked(hit.candidate().id(), round(100 * text * factor), text, kinds));
		}
		ranked.sort(ORDER);
		return ranked;
	}

	/**
	 * Best first; equal scores by id, so that the order (and a cursor into it) is stable.
	 */
	static final Comparator<Ranked> ORDER = Comparator.comparingDouble(Ranked::score)
		.reversed()
		.thenComparing(Ranked::id);

	static double bonus(MatchReasonKind kind, MatchCriteria criteria) {
		double bonus = BONUS.getOrDefault(kind, 0.0);
		return (kind == MatchReasonKind.SAME_CHAIN && criteria.chainInferred()) ? bonus * INFERRED_CHAIN_FACTOR : bonus;
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
