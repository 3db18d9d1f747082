package org.techmatch.demand;

import java.time.LocalDate;
import java.util.List;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * {@code submitDemand(input:)}: a new demand; {@code chain} is a taxonomy code or a
 * chain's name or alias.
 */
public record SubmitDemandInput(String title, String description, List<String> keywords, TechnicalField technicalField,
		String chain, Maturity maturityAtLeast, List<TransferMode> cooperationModes, BudgetInput budget, String city,
		LocalDate deadline, String ownerOrganization) {

	/** The same input owned by {@code owner}. */
	SubmitDemandInput ownedBy(String owner) {
		return new SubmitDemandInput(this.title, this.description, this.keywords, this.technicalField, this.chain,
				this.maturityAtLeast, this.cooperationModes, this.budget, this.city, this.deadline, owner);
	}

}
