package org.techmatch.demand;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * A demand as stored in {@code techmatch-demands} ({@code elastic/indices/demands.json}):
 * the domain record without its version (that is Elasticsearch's seq_no and primary
 * term), plus {@code maturityRank} for range clauses and the demand's sentence vector
 * ({@code vector}, made by the model {@code embedding}) for matching. Times are ISO-8601
 * instants as text. {@code assignment}, {@code reviewedAt} and {@code reviewDays} are the
 * expert workflow's (see {@link Demand}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DemandDocument(String id, String title, String description, List<String> keywords,
		TechnicalField technicalField, String chain, String cluster, Maturity maturityAtLeast, Integer maturityRank,
		List<TransferMode> cooperationModes, Budget budget, String city, LocalDate deadline, DemandStatus status,
		String ownerOrganization, String organisationId, String createdAt, String updatedAt, String sourceBatch,
		String sourceId, String vector, String embedding, Assignment assignment, String reviewedAt, Double reviewDays) {

	/** This document with the vector of its text. */
	public DemandDocument withVector(String vector, String embedding) {
		return new DemandDocument(this.id, this.title, this.description, this.keywords, this.technicalField, this.chain,
				this.cluster, this.maturityAtLeast, this.maturityRank, this.cooperationModes, this.budget, this.city,
				this.deadline, this.status, this.ownerOrganization, this.organisationId, this.createdAt, this.updatedAt,
				this.sourceBatch, this.sourceId, vector, embedding, this.assignment, this.reviewedAt, this.reviewDays);
	}

}
