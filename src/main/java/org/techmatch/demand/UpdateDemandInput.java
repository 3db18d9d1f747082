package org.techmatch.demand;

import java.time.LocalDate;
import java.util.List;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * {@code updateDemand(input:)}: the demand's id, the version the client read, and the fields to change (a field left
 * out, or null, keeps its value). {@code status} may move the demand along its pipeline, not to CLOSED (that is
 * {@code closeDemand}).
 */
public record UpdateDemandInput(String id, String version, String title, String description, List<String> keywords,
		TechnicalField technicalField, String chain, Maturity maturityAtLeast, List<TransferMode> cooperationModes,
		BudgetInput budget, String city, LocalDate deadline, DemandStatus status) {

}
