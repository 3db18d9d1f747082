package org.techmatch.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * 企业技术需求: an enterprise's technology need. {@code id} starts with {@code dem-}; {@code chain} and
 * {@code cluster} are taxonomy codes; {@code version} is the optimistic-concurrency token of the stored revision
 * (see {@link DemandVersion}); {@code ownerOrganization} is the enterprise that owns it.
 */
public record Demand(String id, String title, String description, List<String> keywords,
		TechnicalField technicalField, String chain, String cluster, Maturity maturityAtLeast,
		List<TransferMode> cooperationModes, Budget budget, String city, LocalDate deadline, DemandStatus status,
		String ownerOrganization, Instant createdAt, Instant updatedAt, String version, String sourceBatch,
		String sourceId) {

	public static final String ID_PREFIX = "dem-";

	public Demand {
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		cooperationModes = (cooperationModes != null) ? List.copyOf(cooperationModes) : List.of();
	}

}
