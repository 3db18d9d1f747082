package org.techmatch.expert;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendationIdTest {

	@Test
	@DisplayName("a recommendation's id is derived from its (demand, item) pair: the same pair always the same opaque rec-<16 hex> id, another pair another")
	void idFromThePair() {
		String id = Recommendation.idFor("dem-0123456789abcdef", "ach-demo-00031");
		assertThat(id).matches("rec-[0-9a-f]{16}")
			.isEqualTo(Recommendation.idFor("dem-0123456789abcdef", "ach-demo-00031"));
		assertThat(Recommendation.idFor("dem-0123456789abcdef", "ach-demo-00032")).isNotEqualTo(id);
		assertThat(Recommendation.idFor("dem-0123456789abcdee", "ach-demo-00031")).isNotEqualTo(id);
		// the separator keeps ("ab", "c") and ("a", "bc") apart
		assertThat(Recommendation.idFor("ab", "c")).isNotEqualTo(Recommendation.idFor("a", "bc"));
	}

}
