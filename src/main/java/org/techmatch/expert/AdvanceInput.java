package org.techmatch.expert;

import java.time.LocalDate;

/**
 * An expert's move of a recommendation: the status to move to, the reason
 * (CLOSED_NO_DEAL), the contract (CONTRACTED), a note.
 */
public record AdvanceInput(String id, String version, RecommendationStatus to, DeclineReason reason, String note,
		ContractInput contract) {

	/** The contract a CONTRACTED recommendation records. */
	public record ContractInput(Double valueWan, ContractType type, LocalDate signedOn, String registrationNumber) {
	}

}
