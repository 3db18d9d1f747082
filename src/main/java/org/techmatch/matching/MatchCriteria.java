package org.techmatch.matching;

import java.util.List;
import java.util.Set;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;

/**
 * The structured side of one match query as it was built, kept to explain the hits: the
 * chain (given or inferred from the text), cluster, maturity, modes, budget and city the
 * clauses compared against. Absent values had no clause.
 */
public record MatchCriteria(List<String> chains, boolean chainInferred, List<String> clusters, Maturity maturity,
		Set<TransferMode> modes, Double budgetMax, Double priceMin, String city) {

}
