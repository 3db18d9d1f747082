package org.techmatch.catalog.chain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndustrialChainTaxonomyTests {

	private final IndustrialChainTaxonomy taxonomy = new IndustrialChainTaxonomy(
			getClass().getClassLoader().getResourceAsStream(IndustrialChainTaxonomy.RESOURCE));

	@Test
	@DisplayName("loads the 7 clusters of 7+28+N in order")
	void sevenClusters() {
		assertThat(this.taxonomy.clusters()).extracting(IndustrialCluster::name)
			.containsExactly("新材料", "新能源汽车", "电子信息", "先进装备", "现代医药", "现代食品", "现代轻纺");
	}

	@Test
	@DisplayName("has 28 key chains and one N node per cluster")
	void twentyEightKeyChains() {
		assertThat(this.taxonomy.keyChains()).hasSize(28);
		assertThat(this.taxonomy.chains()).hasSize(35);
		for (IndustrialCluster cluster : this.taxonomy.clusters()) {
			assertThat(this.taxonomy.chainsOf(cluster.code()).stream().filter(ch -> !ch.keyChain())).as(cluster.name())
				.hasSize(1);
		}
	}

	@Test
	@DisplayName("finds a chain by code and its cluster")
	void lookupByCode() {
		assertThat(this.taxonomy.chain("NM_SUPERHARD")).map(IndustrialChain::name).contains("超硬材料");
		assertThat(this.taxonomy.clusterOf("NEV_BATTERY")).map(IndustrialCluster::code).contains("NEW_ENERGY_VEHICLES");
		assertThat(this.taxonomy.chain("NOPE")).isEmpty();
		assertThat(this.taxonomy.clusterOf("NOPE")).isEmpty();
	}

	@Test
	@DisplayName("finds a chain by its name or one of its aliases")
	void lookupByName() {
		assertThat(this.taxonomy.findChainByName("动力电池")).map(IndustrialChain::code).contains("NEV_BATTERY");
		assertThat(this.taxonomy.findChainByName(" 盾构机 ")).map(IndustrialChain::code).contains("AE_CONSTRUCTION");
		assertThat(this.taxonomy.findChainByName("化纤")).map(IndustrialChain::code).contains("ML_TEXTILE");
		assertThat(this.taxonomy.findChainByName("火箭发动机")).isEmpty();
	}

	@Test
	@DisplayName("the default constructor reads the same file from the classpath")
	void classpathConstructor() {
		assertThat(new IndustrialChainTaxonomy().chains()).isEqualTo(this.taxonomy.chains());
	}

}
