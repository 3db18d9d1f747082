package org.techmatch.catalog.achievement;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;

/**
 * Fields of {@code Achievement} that are resolved from the taxonomy rather than stored.
 */
@Controller
public class AchievementController {

	private final IndustrialChainTaxonomy taxonomy;

	public AchievementController(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@SchemaMapping(typeName = "Achievement")
	public IndustrialChain chain(Achievement achievement) {
		return (achievement.chain() != null) ? this.taxonomy.chain(achievement.chain()).orElse(null) : null;
	}

	@SchemaMapping(typeName = "Achievement")
	public IndustrialCluster cluster(Achievement achievement) {
		return (achievement.cluster() != null) ? this.taxonomy.cluster(achievement.cluster()).orElse(null) : null;
	}

}
