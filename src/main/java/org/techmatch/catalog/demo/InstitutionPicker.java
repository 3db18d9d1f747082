package org.techmatch.catalog.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techmatch.catalog.Institution;
import org.techmatch.catalog.InstitutionType;

/**
 * Chooses the owner of a generated item: universities, institutes and labs from the
 * catalogue (weighted, favouring those strong in the item's cluster) and a fixed pool of
 * generated companies per cluster, so that institutions own several items.
 */
final class InstitutionPicker {

	/** UNIVERSITY, INSTITUTE, ENTERPRISE, LAB. */
	private static final double[] TYPE_WEIGHTS = { 55, 18, 22, 5 };

	private final InstitutionCatalog catalog;

	private final double[] cityWeights;

	private final Map<String, List<Institution>> companies = new LinkedHashMap<>();

	InstitutionPicker(InstitutionCatalog catalog, List<String> clusterCodes, DemoRandom random) {
		this.catalog = catalog;
		this.cityWeights = catalog.cities().stream().mapToDouble(InstitutionCatalog.City::weight).toArray();
		Set<String> names = new LinkedHashSet<>();
		for (String cluster : clusterCodes) {
			List<Institution> pool = new ArrayList<>();
			while (pool.size() < catalog.companiesPerCluster()) {
				String city = city(random);
				String name = city + random.pick(catalog.companyStems())
						+ random.pick(catalog.companyTrades().get(cluster)) + (random.chance(0.3) ? "股份有限公司" : "有限公司");
				if (names.add(name)) {
					pool.add(new Institution(name, InstitutionType.ENTERPRISE, city));
				}
			}
			this.companies.put(cluster, List.copyOf(pool));
		}
	}

	String city(DemoRandom random) {
		return this.catalog.cities().get(random.weighted(this.cityWeights)).name();
	}

	Institution pick(String clusterCode, DemoRandom random) {
		return switch (random.weighted(TYPE_WEIGHTS)) {
			case 0 -> owner(this.catalog.universities(), InstitutionType.UNIVERSITY, clusterCode, random);
			case 1 -> owner(this.catalog.institutes(), InstitutionType.INSTITUTE, clusterCode, random);
			case 2 -> random.pick(this.companies.get(clusterCode));
			default -> owner(this.catalog.labs(), InstitutionType.LAB, clusterCode, random);
		};
	}

	private static Institution owner(List<InstitutionCatalog.Owner> owners, InstitutionType type, String clusterCode,
			DemoRandom random) {
		double[] weights = new double[owners.size()];
		for (int i = 0; i < weights.length; i++) {
			InstitutionCatalog.Owner owner = owners.get(i);
			double fit = owner.strengths().isEmpty() ? 2.0 : owner.strengths().contains(clusterCode) ? 3.0 : 0.05;
			weights[i] = owner.weight() * ((type == InstitutionType.LAB && fit < 1) ? 0 : fit);
		}
		InstitutionCatalog.Owner owner = owners.get(random.weighted(weights));
		return new Institution(owner.name(), type, owner.city());
	}

	String areaCode(String city) {
		return this.catalog.areaCode(city);
	}

	String surname(DemoRandom random) {
		return random.pick(this.catalog.surnames());
	}

}
