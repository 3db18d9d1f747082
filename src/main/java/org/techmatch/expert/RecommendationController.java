package org.techmatch.expert;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.SupplyId;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandPayload;
import org.techmatch.demand.DemandService;
import org.techmatch.graphql.ApiException;

/**
 * {@code Recommendation}: the two queries, claims and the three moves, and the fields
 * resolved from the demand and the catalogue.
 */
@Controller
public class RecommendationController {

	private final RecommendationService recommendations;

	private final AssignmentService assignments;

	private final DemandService demands;

	private final CatalogService catalog;

	public RecommendationController(RecommendationService recommendations, AssignmentService assignments,
			DemandService demands, CatalogService catalog) {
		this.recommendations = recommendations;
		this.assignments = assignments;
		this.demands = demands;
		this.catalog = catalog;
	}

	@QueryMapping
	public Recommendation recommendation(@Argument String id) {
		return this.recommendations.recommendation(id);
	}

	@QueryMapping
	public List<Recommendation> recommendations(@Argument String demandId) {
		return this.recommendations.forDemand(demandId);
	}

	@MutationMapping
	public DemandPayload assignDemand(@Argument AssignDemandInput input) {
		return this.assignments.assign(input);
	}

	@MutationMapping
	public DemandPayload releaseDemand(@Argument AssignDemandInput input) {
		return this.assignments.release(input);
	}

	@MutationMapping
	public RecommendationPayload recommend(@Argument RecommendInput input) {
		return this.recommendations.recommend(input);
	}

	@MutationMapping
	public RecommendationPayload respondToRecommendation(@Argument RespondInput input) {
		return this.recommendations.respond(input);
	}

	@MutationMapping
	public RecommendationPayload advanceRecommendation(@Argument AdvanceInput input) {
		return this.recommendations.advance(input);
	}

	@SchemaMapping(typeName = "Recommendation")
	public Demand demand(Recommendation recommendation) {
		return this.demands.demand(recommendation.getDemandId())
			.orElseThrow(() -> ApiException.notFound("Demand", recommendation.getDemandId()));
	}

	@SchemaMapping(typeName = "Recommendation")
	public SupplyItem supply(Recommendation recommendation) {
		return SupplyId.parse(recommendation.getSupplyId()).flatMap(this.catalog::item).orElse(null);
	}

	@SchemaMapping(typeName = "Recommendation")
	public String version(Recommendation recommendation) {
		return RecommendationService.version(recommendation);
	}

	@SchemaMapping(typeName = "Contract")
	public String typeLabel(Contract contract) {
		return contract.getType().label();
	}

}
