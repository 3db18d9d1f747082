package org.techmatch.demand;

import java.time.LocalDate;
import java.util.List;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * A demand as stored in {@code techmatch-demands} ({@code elastic/indices/demands.json}):
 * the domain record without its version (that is Elasticsearch's seq_no and primary
 * term), plus {@code maturityRank} for range clauses. Times are ISO-8601 instants as
 * text.
 */
public record DemandDocument(String id, String title, String description, List<String> keywords,
		TechnicalField technicalField, String chain, String cluster, Maturity maturityAtLeast, Integer maturityRank,
		List<TransferMode> cooperationModes, Budget budget, String city, LocalDate deadline, DemandStatus status,
		String ownerOrganization, String organisationId, String createdAt, String updatedAt, String sourceBatch,
		String sourceId) {

}
