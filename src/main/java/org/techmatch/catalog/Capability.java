package org.techmatch.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * 技术能力清单条目: what a lab or team can do for others.
 * <p>
 * {@code team} is the team or lab name inside {@code institution}; {@code chains} and
 * {@code clusters} are taxonomy codes; {@code equipment} lists instruments and platforms;
 * {@code representativeAchievementIds} point at achievements,
 * {@code representativeResults} are result titles. {@code city} without 市.
 * {@code contact} is not public.
 */
public record Capability(String id, String sourceBatch, String sourceId, Institution institution, String team,
		String title, String description, List<ServiceType> serviceTypes, List<TechnicalField> technicalFields,
		List<String> chains, List<String> clusters, List<String> equipment, List<String> representativeAchievementIds,
		List<String> representativeResults, String city, LocalDate publishedDate,
		Contact contact) implements SupplyItem {

	public Capability {
		serviceTypes = copy(serviceTypes);
		technicalFields = copy(technicalFields);
		chains = copy(chains);
		clusters = copy(clusters);
		equipment = copy(equipment);
		representativeAchievementIds = copy(representativeAchievementIds);
		representativeResults = copy(representativeResults);
	}

	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/** A builder of a capability, every field unset. */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding this Capability's fields, to change some of them. */
	public Builder toBuilder() {
		return new Builder().id(this.id)
			.sourceBatch(this.sourceBatch)
			.sourceId(this.sourceId)
			.institution(this.institution)
			.team(this.team)
			.title(this.title)
			.description(this.description)
			.serviceTypes(this.serviceTypes)
			.technicalFields(this.technicalFields)
			.chains(this.chains)
			.clusters(this.clusters)
			.equipment(this.equipment)
			.representativeAchievementIds(this.representativeAchievementIds)
			.representativeResults(this.representativeResults)
			.city(this.city)
			.publishedDate(this.publishedDate)
			.contact(this.contact);
	}

	/** Builds a {@link Capability} by field name rather than by position. */
	public static final class Builder {

		private String id;

		private String sourceBatch;

		private String sourceId;

		private Institution institution;

		private String team;

		private String title;

		private String description;

		private List<ServiceType> serviceTypes;

		private List<TechnicalField> technicalFields;

		private List<String> chains;

		private List<String> clusters;

		private List<String> equipment;

		private List<String> representativeAchievementIds;

		private List<String> representativeResults;

		private String city;

		private LocalDate publishedDate;

		private Contact contact;

		private Builder() {
		}

		public Builder id(String id) {
			this.id = id;
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

		public Builder institution(Institution institution) {
			this.institution = institution;
			return this;
		}

		public Builder team(String team) {
			this.team = team;
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

		public Builder serviceTypes(List<ServiceType> serviceTypes) {
			this.serviceTypes = serviceTypes;
			return this;
		}

		public Builder technicalFields(List<TechnicalField> technicalFields) {
			this.technicalFields = technicalFields;
			return this;
		}

		public Builder chains(List<String> chains) {
			this.chains = chains;
			return this;
		}

		public Builder clusters(List<String> clusters) {
			this.clusters = clusters;
			return this;
		}

		public Builder equipment(List<String> equipment) {
			this.equipment = equipment;
			return this;
		}

		public Builder representativeAchievementIds(List<String> representativeAchievementIds) {
			this.representativeAchievementIds = representativeAchievementIds;
			return this;
		}

		public Builder representativeResults(List<String> representativeResults) {
			this.representativeResults = representativeResults;
			return this;
		}

		public Builder city(String city) {
			this.city = city;
			return this;
		}

		public Builder publishedDate(LocalDate publishedDate) {
			this.publishedDate = publishedDate;
			return this;
		}

		public Builder contact(Contact contact) {
			this.contact = contact;
			return this;
		}

		public Capability build() {
			return new Capability(this.id, this.sourceBatch, this.sourceId, this.institution, this.team, this.title,
					this.description, this.serviceTypes, this.technicalFields, this.chains, this.clusters,
					this.equipment, this.representativeAchievementIds, this.representativeResults, this.city,
					this.publishedDate, this.contact);
		}

	}

}
