package org.techmatch.catalog;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogStatsTests {

	@Test
	@DisplayName("catalogStats on a node without catalogue indices (no aggregations come back) answers zeros")
	void zerosWithoutIndices() {
		CatalogService service = new CatalogService(null, null, null, new IndustrialChainTaxonomy());
		CatalogStats stats = service.statsOf(Map.of());
		assertThat(stats.achievements()).isZero();
		assertThat(stats.capabilities()).isZero();
		assertThat(stats.byCluster()).isEmpty();
	}

}
