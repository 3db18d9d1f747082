package org.techmatch.search;

import java.time.LocalDate;
import java.util.List;

import org.techmatch.catalog.InstitutionType;
import org.techmatch.catalog.IpType;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.SupplyType;
import org.techmatch.catalog.TransferMode;

/**
 * The GraphQL {@code SearchInput}: free text, typed filters and the sort; every part
 * optional.
 */
public record SearchInput(String text, List<SupplyType> types, List<String> clusters, List<String> chains,
		List<String> technicalFields, Maturity maturityAtLeast, List<Maturity> maturities,
		List<TransferMode> transferModes, List<IpType> ipTypes, List<InstitutionType> institutionTypes,
		List<String> cities, Double priceMax, Boolean negotiableOnly, LocalDate publishedAfter,
		LocalDate publishedBefore, SearchSort sort) {

	public SearchInput {
		types = copy(types);
		clusters = copy(clusters);
		chains = copy(chains);
		technicalFields = copy(technicalFields);
		maturities = copy(maturities);
		transferModes = copy(transferModes);
		ipTypes = copy(ipTypes);
		institutionTypes = copy(institutionTypes);
		cities = copy(cities);
		sort = (sort != null) ? sort : SearchSort.RELEVANCE;
	}

	/** Only text, everything else default. */
	public static SearchInput text(String text) {
		return new SearchInput(text, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
