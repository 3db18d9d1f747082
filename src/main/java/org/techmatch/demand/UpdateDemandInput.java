package org.techmatch.demand;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * {@code updateDemand(input:)}: the demand's id, the version the client read, and the
 * fields to change. A field left out keeps its value. The optional fields
 * ({@link ArgumentValue}) tell a field left out from one set to null, which clears it;
 * {@code title}, {@code description} and {@code status} cannot be cleared, and null keeps
 * them. {@code status} may move the demand along its pipeline, not to CLOSED (that is
 * {@code closeDemand}).
 */
public record UpdateDemandInput(String id, String version, String title, String description,
		ArgumentValue<List<String>> keywords, ArgumentValue<TechnicalField> technicalField, ArgumentValue<String> chain,
		ArgumentValue<Maturity> maturityAtLeast, ArgumentValue<List<TransferMode>> cooperationModes,
		ArgumentValue<BudgetInput> budget, ArgumentValue<String> city, ArgumentValue<LocalDate> deadline,
		DemandStatus status) {

	public UpdateDemandInput {
		keywords = orOmitted(keywords);
		technicalField = orOmitted(technicalField);
		chain = orOmitted(chain);
		maturityAtLeast = orOmitted(maturityAtLeast);
		cooperationModes = orOmitted(cooperationModes);
		budget = orOmitted(budget);
		city = orOmitted(city);
		deadline = orOmitted(deadline);
	}

	private static <T> ArgumentValue<T> orOmitted(ArgumentValue<T> value) {
		return (value != null) ? value : ArgumentValue.omitted();
	}

}
