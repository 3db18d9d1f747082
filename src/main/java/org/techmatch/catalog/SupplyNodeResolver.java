package org.techmatch.catalog;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.techmatch.graphql.NodeResolver;

/**
 * Resolves achievement ({@code ach-}) and capability ({@code cap-}) ids for
 * {@code node(id:)}.
 */
@Component
class SupplyNodeResolver implements NodeResolver {

	private final CatalogService catalogService;

	SupplyNodeResolver(CatalogService catalogService) {
		this.catalogService = catalogService;
	}

	@Override
	public boolean handles(String id) {
		return SupplyId.parse(id).isPresent();
	}

	@Override
	public Optional<Object> resolve(String id) {
		return SupplyId.parse(id).flatMap(this.catalogService::item).map(Object.class::cast);
	}

}
