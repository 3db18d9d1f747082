package org.techmatch.matching;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.embedding.Vectors;

import static org.assertj.core.api.Assertions.assertThat;

class MatchRankingTest {

	private static final MatchCriteria CRITERIA = new MatchCriteria(List.of("NEV_BATTERY"), false, List.of(),
			List.of("NEW_ENERGY_VEHICLES"), Maturity.LAB_PROVEN, Set.of(TransferMode.LICENSE), 100.0, null, "郑州");

	private static Candidate candidate(String id, float[] vector) {
		return new Candidate(id, (vector != null) ? Vectors.encode(vector) : null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	@Test
	@DisplayName("every criterion met cannot lift an item past one that fits the text clearly better")
	void criteriaOnlyReorderWithinText() {
		Candidate strong = candidate("a", null);
		Candidate weak = candidate("b", null);
		List<MatchRanking.Ranked> ranked = MatchRanking.rank(
				List.of(new MatchRanking.Hit(strong, 10), new MatchRanking.Hit(weak, 6)), null, null, CRITERIA,
				(c) -> c.id().equals("b") ? Set.of(MatchReasonKind.values()) : Set.of());
		assertThat(ranked).extracting(MatchRanking.Ranked::id).containsExactly("a", "b");
		assertThat(ranked.get(0).score()).isEqualTo(100.0);
		assertThat(ranked.get(1).text()).isEqualTo(0.6);
	}

	@Test
	@DisplayName("between close text scores, the criteria met decide")
	void criteriaDecideCloseCalls() {
		List<MatchRanking.Ranked> ranked = MatchRanking.rank(
				List.of(new MatchRanking.Hit(candidate("a", null), 10),
						new MatchRanking.Hit(candidate("b", null), 9.5)),
				null, null, CRITERIA, (c) -> c.id().equals("b") ? Set.of(MatchReasonKind.MATURITY_OK) : Set.of());
		assertThat(ranked).extracting(MatchRanking.Ranked::id).containsExactly("b", "a");
	}

	@Test
	@DisplayName("with vectors, meaning outweighs a small lexical lead; an item without a vector takes the lowest cosine")
	void meaningOrdersTextMatches() {
		float[] need = { 1, 0, 0 };
		List<MatchRanking.Ranked> ranked = MatchRanking
			.rank(List.of(new MatchRanking.Hit(candidate("lexical", new float[] { 0.2f, 1, 0 }), 10),
					new MatchRanking.Hit(candidate("meaning", new float[] { 1, 0.1f, 0 }), 8),
					new MatchRanking.Hit(candidate("pending", null), 9)), need, null, CRITERIA, (c) -> Set.of());
		assertThat(ranked).extracting(MatchRanking.Ranked::id).containsExactly("meaning", "lexical", "pending");
	}

	@Test
	@DisplayName("less the centre the vectors share, what tells them apart decides")
	void centredVectors() {
		// every vector leans along the first axis (the centre); "other" is closer to the
		// need only by leaning that way too, "close" shares the need's second axis
		float[] need = { 1, 0.5f, 0 };
		float[] centre = { 0.9f, 0, 0 };
		List<MatchRanking.Hit> hits = List.of(new MatchRanking.Hit(candidate("close", new float[] { 1, 1, 0.6f }), 10),
				new MatchRanking.Hit(candidate("other", new float[] { 1, 0, 0 }), 10));
		assertThat(MatchRanking.rank(hits, need, null, CRITERIA, (c) -> Set.of())).extracting(MatchRanking.Ranked::id)
			.containsExactly("other", "close");
		assertThat(MatchRanking.rank(hits, need, centre, CRITERIA, (c) -> Set.of())).extracting(MatchRanking.Ranked::id)
			.containsExactly("close", "other");
	}

	@Test
	@DisplayName("the need learns from the first ordering's best items: what resembles them moves up")
	void feedbackFromTheBest() {
		// three items on the need's axis lead; of the two behind, the one that resembles
		// them (shares their second axis) passes the one that does not
		float[] need = { 1, 0, 0, 0 };
		List<MatchRanking.Hit> hits = List.of(new MatchRanking.Hit(candidate("a", new float[] { 1, 0.5f, 0, 0 }), 10),
				new MatchRanking.Hit(candidate("b", new float[] { 1, 0.5f, 0, 0.05f }), 10),
				new MatchRanking.Hit(candidate("c", new float[] { 1, 0.5f, 0.05f, 0 }), 10),
				new MatchRanking.Hit(candidate("alike", new float[] { 0.5f, 0.55f, 0, 0 }), 10),
				new MatchRanking.Hit(candidate("apart", new float[] { 0.5f, 0, 0.5f, 0 }), 10));
		assertThat(Vectors.cosine(need, new float[] { 0.5f, 0.55f, 0, 0 }))
			.as("by the need's vector alone, the other one is closer")
			.isLessThan(Vectors.cosine(need, new float[] { 0.5f, 0, 0.5f, 0 }));
		List<MatchRanking.Ranked> ranked = MatchRanking.rank(hits, need, null, CRITERIA, (c) -> Set.of());
		assertThat(ranked.subList(3, 5)).extracting(MatchRanking.Ranked::id).containsExactly("alike", "apart");
	}

}
