package org.techmatch.catalog.demo;

import java.util.List;
import java.util.Map;

/**
 * Cities, named institutions and company-name parts of the demo corpus
 * ({@code institutions.json}).
 */
record InstitutionCatalog(List<City> cities, List<Owner> universities, List<Owner> institutes, List<Owner> labs,
		List<String> companyStems, Map<String, List<String>> companyTrades, int companiesPerCluster,
		List<String> surnames) {

	record City(String name, String areaCode, int weight) {
	}

	/**
	 * A named institution; {@code strengths} are cluster codes (empty: strong in all).
	 */
	record Owner(String name, String city, int weight, List<String> strengths) {
	}

	String areaCode(String city) {
		return this.cities.stream().filter(c -> c.name().equals(city)).findFirst().orElseThrow().areaCode();
	}

}
