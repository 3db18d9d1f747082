package org.techmatch.demand;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DemandTransitionsTest {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "OPEN,MATCHING,true", "OPEN,IN_NEGOTIATION,true", "OPEN,CONTRACTED,true", "MATCHING,OPEN,true",
			"IN_NEGOTIATION,CONTRACTED,true", "IN_NEGOTIATION,OPEN,true", "CONTRACTED,OPEN,false",
			"CONTRACTED,MATCHING,false", "CONTRACTED,CLOSED,true", "CLOSED,OPEN,false", "CLOSED,CONTRACTED,false",
			"OPEN,OPEN,true", "CONTRACTED,CONTRACTED,true" })
	@DisplayName("the written state machine")
	void transitions(DemandStatus from, DemandStatus to, boolean allowed) {
		assertThat(DemandTransitions.allowed(from, to)).isEqualTo(allowed);
	}

	@Test
	@DisplayName("a contract cannot be undone: CONTRACTED goes nowhere but CLOSED")
	void contractedIsFinal() {
		for (DemandStatus to : DemandStatus.values()) {
			assertThat(DemandTransitions.allowed(DemandStatus.CONTRACTED, to))
				.isEqualTo(to == DemandStatus.CONTRACTED || to == DemandStatus.CLOSED);
		}
	}

}
