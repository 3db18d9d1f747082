package org.techmatch.catalog.chain;

import java.util.List;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The taxonomy's links: a chain's cluster and a cluster's chains (no Elasticsearch
 * involved).
 */
@Controller
public class IndustrialChainController {

	private final IndustrialChainTaxonomy taxonomy;

	public IndustrialChainController(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@SchemaMapping(typeName = "IndustrialChain")
	public IndustrialCluster cluster(IndustrialChain chain) {
		return this.taxonomy.cluster(chain.clusterCode()).orElseThrow();
	}

	@SchemaMapping(typeName = "IndustrialCluster")
	public List<IndustrialChain> chains(IndustrialCluster cluster) {
		return this.taxonomy.chainsOf(cluster.code());
	}

}
