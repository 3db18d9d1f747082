package org.techmatch.matching;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.TransferMode;
import org.techmatch.demand.Budget;

/**
 * What matching reads of each of its candidates before it ranks them: the stored vector
 * and the fields the structured criteria compare, a few hundred bytes per hit (supply
 * items and demands share the record; a field the other kind lacks stays null).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Candidate(String id, String vector, Integer maturityRank, List<TransferMode> transferModes,
		List<ServiceType> serviceTypes, AskingPrice price, String chain, List<String> chains, String cluster,
		List<String> clusters, String city, List<TransferMode> cooperationModes, Budget budget) {

	/** The {@code _source} fields a supply candidate is read with. */
	static final List<String> SUPPLY_FIELDS = List.of("id", "vector", "maturityRank", "transferModes", "serviceTypes",
			"price", "chain", "chains", "cluster", "clusters", "city");

	/** The {@code _source} fields a demand candidate is read with. */
	static final List<String> DEMAND_FIELDS = List.of("id", "vector", "maturityRank", "cooperationModes", "budget",
			"chain", "cluster", "city");

	public Candidate {
		transferModes = (transferModes != null) ? transferModes : List.of();
		serviceTypes = (serviceTypes != null) ? serviceTypes : List.of();
		chains = (chains != null) ? chains : List.of();
		clusters = (clusters != null) ? clusters : List.of();
		cooperationModes = (cooperationModes != null) ? cooperationModes : List.of();
	}

}
