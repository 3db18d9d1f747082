package org.techmatch.catalog.capability;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.TechnicalField;

/**
 * A capability listing as stored in {@code techmatch-capabilities}
 * ({@code elastic/indices/capabilities.json}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CapabilityDocument(String id, String supplyType, String sourceBatch, String sourceId,
		Institution institution, String team, String title, String description, List<ServiceType> serviceTypes,
		List<TechnicalField> technicalFields, List<String> chains, List<String> clusters, List<String> equipment,
		List<String> representativeAchievementIds, List<String> representativeResults, String city,
		LocalDate publishedDate, Contact contact) implements SupplyDocument {

	public static final String SUPPLY_TYPE = "CAPABILITY";

}
