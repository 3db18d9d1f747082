package org.techmatch.matching;

import java.util.List;
import java.util.Set;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;

/**
 * The structured side of a match: the chain (given, or inferred from the text with the
 * words that made it), cluster, maturity, modes, budget (need → supply) or price floor
 * (supply → demands), and city the candidates are compared against. Absent values compare
 * nothing.
 */
public record MatchCriteria(List<String> chains, boolean chainInferred, List<String> chainEvidence,
		List<String> clusters, Maturity maturity, Set<TransferMode> modes, Double budgetMax, Double priceMin,
		String city) {

}
