package org.techmatch.expert;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.demand.DemandStatus;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationTransitionsTest {

	@Test
	@DisplayName("exactly the eleven written moves are allowed; nothing follows DECLINED, CONTRACTED or CLOSED_NO_DEAL")
	void allowedMoves() {
		List<String> allowed = new ArrayList<>();
		for (RecommendationStatus from : RecommendationStatus.values()) {
			for (RecommendationStatus to : RecommendationStatus.values()) {
				if (RecommendationTransitions.allowed(from, to)) {
					allowed.add(from + "→" + to);
				}
			}
		}
		assertThat(allowed).containsExactlyInAnyOrder("PROPOSED→SENT", "PROPOSED→CLOSED_NO_DEAL", "SENT→ACCEPTED",
				"SENT→DECLINED", "SENT→CLOSED_NO_DEAL", "ACCEPTED→CONTACTED", "ACCEPTED→CLOSED_NO_DEAL",
				"CONTACTED→NEGOTIATING", "CONTACTED→CLOSED_NO_DEAL", "NEGOTIATING→CONTRACTED",
				"NEGOTIATING→CLOSED_NO_DEAL");
		for (RecommendationStatus status : RecommendationStatus.values()) {
			assertThat(RecommendationTransitions.next(status).isEmpty()).isEqualTo(status.terminal());
		}
	}

	@Test
	@DisplayName("the demand follows: NEGOTIATING → IN_NEGOTIATION, CONTRACTED → CONTRACTED, nothing else moves it")
	void demandFollows() {
		assertThat(RecommendationTransitions.demandStatusAfter(RecommendationStatus.NEGOTIATING))
			.isEqualTo(DemandStatus.IN_NEGOTIATION);
		assertThat(RecommendationTransitions.demandStatusAfter(RecommendationStatus.CONTRACTED))
			.isEqualTo(DemandStatus.CONTRACTED);
		assertThat(RecommendationTransitions.demandStatusAfter(RecommendationStatus.DECLINED)).isNull();
	}

}
