package org.techmatch.demand;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.techmatch.graphql.NodeResolver;

/** Resolves demand ids ({@code dem-}) for {@code node(id:)}. */
@Component
class DemandNodeResolver implements NodeResolver {

	private final DemandService demandService;

	DemandNodeResolver(DemandService demandService) {
		this.demandService = demandService;
	}

	@Override
	public boolean handles(String id) {
		return id.startsWith(Demand.ID_PREFIX);
	}

	@Override
	public Optional<Object> resolve(String id) {
		return this.demandService.demand(id).map(Object.class::cast);
	}

}
