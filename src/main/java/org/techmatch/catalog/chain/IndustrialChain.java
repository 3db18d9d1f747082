package org.techmatch.catalog.chain;

import java.util.List;

/**
 * An industrial chain (产业链) inside a cluster. {@code keyChain} is true for the 28 key
 * chains and false for each cluster's "N" node (its other chains), so every item has a
 * home.
 */
public record IndustrialChain(String code, String name, String clusterCode, List<String> aliases, boolean keyChain) {

	public IndustrialChain {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

}
