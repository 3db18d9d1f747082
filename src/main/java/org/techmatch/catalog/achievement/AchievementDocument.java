package org.techmatch.catalog.achievement;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.IntellectualProperty;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;

/**
 * An achievement as stored in the {@code techmatch-achievements} index
 * ({@code elastic/indices/achievements.json}): the domain record plus what search needs
 * flattened: {@code supplyType}, {@code maturityRank} (for "at least" filters) and
 * {@code city} (the institution's, shared with capabilities).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AchievementDocument(String id, String supplyType, String sourceBatch, String sourceId, String title,
		String summary, String description, List<String> keywords, TechnicalField technicalField, String chain,
		String cluster, Maturity maturity, Integer maturityRank, Integer trl, IntellectualProperty ip,
		List<TransferMode> transferModes, AskingPrice price, Institution institution, String region, String city,
		LocalDate publishedDate, Contact contact) implements SupplyDocument {

	public static final String SUPPLY_TYPE = "ACHIEVEMENT";

}
