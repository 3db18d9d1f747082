package org.techmatch.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.catalog.TransferMode;

/**
 * A supply item seen from the demand side: its text, chains, maturity, the modes it
 * offers, price floor, city.
 */
public record SupplyProfile(String id, String title, String text, List<String> chains, List<String> clusters,
		Maturity maturity, Set<TransferMode> modes, Double priceMin, String city) {

	/** The profile of an achievement or a capability. */
	public static SupplyProfile of(SupplyItem item) {
		return (item instanceof Capability c) ? of(c) : of((Achievement) item);
	}

	public static SupplyProfile of(Achievement a) {
		List<String> parts = new ArrayList<>();
		parts.add(a.title());
		parts.addAll(a.keywords());
		if (a.summary() != null) {
			parts.add(a.summary());
		}
		Double priceMin = (a.price() != null && !a.price().negotiable()) ? a.price().minWan() : null;
		return new SupplyProfile(a.id(), a.title(), String.join(" ", parts), list(a.chain()), list(a.cluster()),
				a.maturity(), a.transferModes().isEmpty() ? Set.of() : EnumSet.copyOf(a.transferModes()), priceMin,
				(a.institution() != null) ? a.institution().city() : null);
	}

	public static SupplyProfile of(Capability c) {
		List<String> parts = new ArrayList<>();
		parts.add(c.title());
		parts.addAll(c.representativeResults());
		return new SupplyProfile(c.id(), c.title(), String.join(" ", parts), c.chains(), c.clusters(), null,
				ModeCompatibility.modesFor(c.serviceTypes()), null, c.city());
	}

	private static List<String> list(String value) {
		return (value != null) ? List.of(value) : List.of();
	}

}
