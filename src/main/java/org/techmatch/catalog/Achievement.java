package org.techmatch.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * 科技成果: a technology result offered for transfer.
 * <p>
 * {@code id} is stable across imports (e.g. {@code ach-demo-00001}); {@code sourceBatch}
 * and {@code sourceId} say where it came from. {@code chain} and {@code cluster} are
 * codes from {@code catalog/industrial-chains.json}. {@code trl} is nullable;
 * {@code region} is the province (河南省). {@code summary} is at most 120 characters.
 * {@code contact} is not public.
 */
public record Achievement(String id, String sourceBatch, String sourceId, String title, String summary,
		String description, List<String> keywords, TechnicalField technicalField, String chain, String cluster,
		Maturity maturity, Integer trl, IntellectualProperty ip, List<TransferMode> transferModes, AskingPrice price,
		Institution institution, String region, LocalDate publishedDate, Contact contact) implements SupplyItem {

	public Achievement {
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		transferModes = (transferModes != null) ? List.copyOf(transferModes) : List.of();
	}

	/** A builder of an achievement, every field unset. */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding this Achievement's fields, to change some of them. */
	public Builder toBuilder() {
		return new Builder().id(this.id)
			.sourceBatch(this.sourceBatch)
			.sourceId(this.sourceId)
			.title(this.title)
			.summary(this.summary)
			.description(this.description)
			.keywords(this.keywords)
			.technicalField(this.technicalField)
			.chain(this.chain)
			.cluster(this.cluster)
			.maturity(this.maturity)
			.trl(this.trl)
			.ip(this.ip)
			.transferModes(this.transferModes)
			.price(this.price)
			.institution(this.institution)
			.region(this.region)
			.publishedDate(this.publishedDate)
			.contact(this.contact);
	}

	/** Builds a {@link Achievement} by field name rather than by position. */
	public static final class Builder {

		private String id;

		private String sourceBatch;

		private String sourceId;

		private String title;

		private String summary;

		private String description;

		private List<String> keywords;

		private TechnicalField technicalField;

		private String chain;

		private String cluster;

		private Maturity maturity;

		private Integer trl;

		private IntellectualProperty ip;

		private List<TransferMode> transferModes;

		private AskingPrice price;

		private Institution institution;

		private String region;

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

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
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

		public Builder maturity(Maturity maturity) {
			this.maturity = maturity;
			return this;
		}

		public Builder trl(Integer trl) {
			this.trl = trl;
			return this;
		}

		public Builder ip(IntellectualProperty ip) {
			this.ip = ip;
			return this;
		}

		public Builder transferModes(List<TransferMode> transferModes) {
			this.transferModes = transferModes;
			return this;
		}

		public Builder price(AskingPrice price) {
			this.price = price;
			return this;
		}

		public Builder institution(Institution institution) {
			this.institution = institution;
			return this;
		}

		public Builder region(String region) {
			this.region = region;
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

		public Achievement build() {
			return new Achievement(this.id, this.sourceBatch, this.sourceId, this.title, this.summary, this.description,
					this.keywords, this.technicalField, this.chain, this.cluster, this.maturity, this.trl, this.ip,
					this.transferModes, this.price, this.institution, this.region, this.publishedDate, this.contact);
		}

	}

}
