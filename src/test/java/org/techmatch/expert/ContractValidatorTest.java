package org.techmatch.expert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.expert.AdvanceInput.ContractInput;
import org.techmatch.graphql.UserError;

import static org.assertj.core.api.Assertions.assertThat;

class ContractValidatorTest {

	/** 16:30 UTC on 30 November: already 1 December in China. */
	private static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);

	@Test
	@DisplayName("a contract signed today in China is accepted while it is still yesterday in UTC; one dated tomorrow there is refused")
	void signingDayIsAChineseDate() {
		assertThat(ContractValidator.validate(contract(LocalDate.parse("2026-12-01")), EVENING_UTC)).isEmpty();
		assertThat(ContractValidator.validate(contract(LocalDate.parse("2026-12-02")), EVENING_UTC))
			.extracting(UserError::field)
			.containsExactly("contract.signedOn");
	}

	private static ContractInput contract(LocalDate signedOn) {
		return new ContractInput(120.0, ContractType.LICENSE, signedOn, "9141000000000001");
	}

}
