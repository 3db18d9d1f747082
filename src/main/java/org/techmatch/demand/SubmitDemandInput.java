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

}
