package org.techmatch.demand;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;
import org.techmatch.graphql.ApiException;

/**
 * {@code Demand}: the query, the three mutations, and the fields resolved from the
 * taxonomy.
 */
@Controller
public class DemandController {

	private final DemandService demandService;

	private final IndustrialChainTaxonomy taxonomy;

	public DemandController(DemandService demandService, IndustrialChainTaxonomy taxonomy) {
		this.demandService = demandService;
		this.taxonomy = taxonomy;
	}

	@QueryMapping
	public Demand demand(@Argument String id) {
		return this.demandService.demand(id).orElseThrow(() -> ApiException.notFound("Demand", id));
	}

	@MutationMapping
	public DemandPayload submitDemand(@Argument SubmitDemandInput input) {
		return this.demandService.submit(input);
	}

	@MutationMapping
	public DemandPayload updateDemand(@Argument UpdateDemandInput input) {
		return this.demandService.update(input);
	}

	@MutationMapping
	public DemandPayload closeDemand(@Argument CloseDemandInput input) {
		return this.demandService.close(input);
	}

	@SchemaMapping(typeName = "Demand")
	public IndustrialChain chain(Demand demand) {
		return (demand.chain() != null) ? this.taxonomy.chain(demand.chain()).orElse(null) : null;
	}

	@SchemaMapping(typeName = "Demand")
	public IndustrialCluster cluster(Demand demand) {
		return (demand.cluster() != null) ? this.taxonomy.cluster(demand.cluster()).orElse(null) : null;
	}

	@SchemaMapping(typeName = "Demand")
	public OffsetDateTime createdAt(Demand demand) {
		return utc(demand.createdAt());
	}

	@SchemaMapping(typeName = "Demand")
	public OffsetDateTime updatedAt(Demand demand) {
		return utc(demand.updatedAt());
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
