package org.techmatch.demand;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;
import org.techmatch.graphql.ApiException;
import org.techmatch.matching.DemandMatch;
import org.techmatch.matching.MatchReason;
import org.techmatch.matching.MatchReasonKind;

/**
 * {@code Demand}: the query, the three mutations, and the fields resolved from the
 * taxonomy.
 */
@Controller
public class DemandController {

	private final DemandService demandService;

	private final IndustrialChainTaxonomy taxonomy;

	private final DemandVisibility visibility;

	public DemandController(DemandService demandService, IndustrialChainTaxonomy taxonomy,
			DemandVisibility visibility) {
		this.demandService = demandService;
		this.taxonomy = taxonomy;
		this.visibility = visibility;
	}

	@QueryMapping
	public Demand demand(@Argument String id) {
		return this.demandService.demand(id).orElseThrow(() -> ApiException.notFound("Demand", id));
	}

	@QueryMapping
	public List<Demand> myDemands(@Argument Integer first) {
		return this.demandService.organisationDemands((first != null) ? first : 50);
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

	/** The owner: experts, administrators and the owner's members only (else null). */
	@SchemaMapping(typeName = "Demand")
	public String ownerOrganization(Demand demand) {
		return this.visibility.mayReadPrivate(demand) ? demand.ownerOrganization() : null;
	}

	/** The budget: experts, administrators and the owner's members only (else null). */
	@SchemaMapping(typeName = "Demand")
	public Budget budget(Demand demand) {
		return this.visibility.mayReadPrivate(demand) ? demand.budget() : null;
	}

	/**
	 * The version an update needs: experts, administrators and the owner's members only
	 * (else null).
	 */
	@SchemaMapping(typeName = "Demand")
	public String version(Demand demand) {
		return this.visibility.mayReadPrivate(demand) ? demand.version() : null;
	}

	/**
	 * A match of a supply item to a demand: the budget reason tells the demand's budget,
	 * so callers who may not read the budget do not get it.
	 */
	@SchemaMapping(typeName = "DemandMatch")
	public List<MatchReason> reasons(DemandMatch match) {
		if (this.visibility.mayReadPrivate(match.demand())) {
			return match.reasons();
		}
		return match.reasons().stream().filter((reason) -> reason.kind() != MatchReasonKind.WITHIN_BUDGET).toList();
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
