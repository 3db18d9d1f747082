package org.techmatch.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * 企业技术需求: an enterprise's technology need. {@code id} starts with {@code dem-};
 * {@code chain} and {@code cluster} are taxonomy codes; {@code version} is the
 * optimistic-concurrency token of the stored revision (see {@link DemandVersion});
 * {@code ownerOrganization} is the name of the enterprise that owns it, and
 * {@code organisationId} that enterprise's account organisation when it was submitted by
 * a member (null for imported and demo demands, which only ADMIN may change).
 * {@code assignment} is the expert who holds it now (null when nobody does);
 * {@code reviewedAt} when an expert first claimed it and {@code reviewDays} how many days
 * after its submission that was (the first stage of the pipeline's statistics).
 */
public record Demand(String id, String title, String description, List<String> keywords, TechnicalField technicalField,
		String chain, String cluster, Maturity maturityAtLeast, List<TransferMode> cooperationModes, Budget budget,
		String city, LocalDate deadline, DemandStatus status, String ownerOrganization, String organisationId,
		Instant createdAt, Instant updatedAt, String version, String sourceBatch, String sourceId,
		Assignment assignment, Instant reviewedAt, Double reviewDays) {

	public static final String ID_PREFIX = "dem-";

	public Demand {
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		cooperationModes = (cooperationModes != null) ? List.copyOf(cooperationModes) : List.of();
	}

	/** A builder of a demand, every field unset. */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding this Demand's fields, to change some of them. */
	public Builder toBuilder() {
		return new Builder().id(this.id)
			.title(this.title)
			.description(this.description)
			.keywords(this.keywords)
			.technicalField(this.technicalField)
			.chain(this.chain)
			.cluster(this.cluster)
			.maturityAtLeast(this.maturityAtLeast)
			.cooperationModes(this.cooperationModes)
			.budget(this.budget)
			.city(this.city)
			.deadline(this.deadline)
			.status(this.status)
			.ownerOrganization(this.ownerOrganization)
			.organisationId(this.organisationId)
			.createdAt(this.createdAt)
			.updatedAt(this.updatedAt)
			.version(this.version)
			.sourceBatch(this.sourceBatch)
			.sourceId(this.sourceId)
			.assignment(this.assignment)
			.reviewedAt(this.reviewedAt)
			.reviewDays(this.reviewDays);
	}

	/** Builds a {@link Demand} by field name rather than by position. */
	public static final class Builder {

		private String id;

		private String title;

		private String description;

		private List<String> keywords;

		private TechnicalField technicalField;

		private String chain;

		private String cluster;

		private Maturity maturityAtLeast;

		private List<TransferMode> cooperationModes;

		private Budget budget;

		private String city;

		private LocalDate deadline;

		private DemandStatus status;

		private String ownerOrganization;

		private String organisationId;

		private Instant createdAt;

		private Instant updatedAt;

		private String version;

		private String sourceBatch;

		private String sourceId;

		private Assignment assignment;

		private Instant reviewedAt;

		private Double reviewDays;

		private Builder() {
		}

		public Builder id(String id) {
			this.id = id;
			return this;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder keywords(List<String> keywords) {
			this.keywords = keywords;
			return this;
		}

		public Builder technicalField(TechnicalField technicalField) {
			this.technicalField = technicalField;
			return this;
		}

		public Builder chain(String chain) {
			this.chain = chain;
			return this;
		}

		public Builder cluster(String cluster) {
			this.cluster = cluster;
			return this;
		}

		public Builder maturityAtLeast(Maturity maturityAtLeast) {
			this.maturityAtLeast = maturityAtLeast;
			return this;
		}

		public Builder cooperationModes(List<TransferMode> cooperationModes) {
			this.cooperationModes = cooperationModes;
			return this;
		}

		public Builder budget(Budget budget) {
			this.budget = budget;
			return this;
		}

		public Builder city(String city) {
			this.city = city;
			return this;
		}

		public Builder deadline(LocalDate deadline) {
			this.deadline = deadline;
			return this;
		}

		public Builder status(DemandStatus status) {
			this.status = status;
			return this;
		}

		public Builder ownerOrganization(String ownerOrganization) {
			this.ownerOrganization = ownerOrganization;
			return this;
		}

		public Builder organisationId(String organisationId) {
			this.organisationId = organisationId;
			return this;
		}

		public Builder createdAt(Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		public Builder updatedAt(Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		public Builder version(String version) {
			this.version = version;
			return this;
		}

		public Builder sourceBatch(String sourceBatch) {
			this.sourceBatch = sourceBatch;
			return this;
		}

		public Builder sourceId(String sourceId) {
			this.sourceId = sourceId;
			return this;
		}

		public Builder assignment(Assignment assignment) {
			this.assignment = assignment;
			return this;
		}

		public Builder reviewedAt(Instant reviewedAt) {
			this.reviewedAt = reviewedAt;
			return this;
		}

		public Builder reviewDays(Double reviewDays) {
			this.reviewDays = reviewDays;
			return this;
		}

		public Demand build() {
			return new Demand(this.id, this.title, this.description, this.keywords, this.technicalField, this.chain,
					this.cluster, this.maturityAtLeast, this.cooperationModes, this.budget, this.city, this.deadline,
					this.status, this.ownerOrganization, this.organisationId, this.createdAt, this.updatedAt,
					this.version, this.sourceBatch, this.sourceId, this.assignment, this.reviewedAt, this.reviewDays);
		}

	}

}
