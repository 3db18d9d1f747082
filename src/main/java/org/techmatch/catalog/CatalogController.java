package org.techmatch.catalog;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;
import org.techmatch.graphql.ApiException;

/**
 * The catalogue's query fields: statistics, items by id, and the industrial-chain
 * taxonomy.
 */
@Controller
public class CatalogController {

	private final CatalogService catalogService;

	private final IndustrialChainTaxonomy taxonomy;

	public CatalogController(CatalogService catalogService, IndustrialChainTaxonomy taxonomy) {
		this.catalogService = catalogService;
		this.taxonomy = taxonomy;
	}

	@QueryMapping
	public CatalogStats catalogStats() {
		return this.catalogService.stats();
	}

	@QueryMapping
	public Achievement achievement(@Argument String id) {
		return this.catalogService.achievement(id).orElseThrow(() -> ApiException.notFound("Achievement", id));
	}

	@QueryMapping
	public Capability capability(@Argument String id) {
		return this.catalogService.capability(id).orElseThrow(() -> ApiException.notFound("Capability", id));
	}

	@QueryMapping
	public List<IndustrialChain> chains(@Argument String cluster) {
		return (cluster == null) ? this.taxonomy.chains() : this.taxonomy.chainsOf(cluster);
	}

	@QueryMapping
	public List<IndustrialCluster> clusters() {
		return this.taxonomy.clusters();
	}

}
