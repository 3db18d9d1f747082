package org.techmatch.catalog.capability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

/**
 * Fields of {@code Capability}: its chains from the taxonomy, its representative
 * achievements in one batch.
 */
@Controller
public class CapabilityController {

	private final CatalogService catalogService;

	private final IndustrialChainTaxonomy taxonomy;

	public CapabilityController(CatalogService catalogService, IndustrialChainTaxonomy taxonomy) {
		this.catalogService = catalogService;
		this.taxonomy = taxonomy;
	}

	@SchemaMapping(typeName = "Capability")
	public List<IndustrialChain> chains(Capability capability) {
		return capability.chains().stream().flatMap((code) -> this.taxonomy.chain(code).stream()).toList();
	}

	/**
	 * One {@code mget} for the representative achievements of every capability in the
	 * response.
	 */
	@BatchMapping(typeName = "Capability")
	public Map<Capability, List<Achievement>> representativeAchievements(List<Capability> capabilities) {
		List<String> ids = capabilities.stream()
			.flatMap((c) -> c.representativeAchievementIds().stream())
			.collect(Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.toList();
		Map<String, Achievement> byId = this.catalogService.achievements(ids)
			.stream()
			.collect(Collectors.toMap(Achievement::id, Function.identity()));
		return capabilities.stream()
			.collect(Collectors.toMap(Function.identity(),
					(c) -> c.representativeAchievementIds().stream().filter(byId::containsKey).map(byId::get).toList(),
					(a, b) -> a, java.util.LinkedHashMap::new));
	}

}
