package org.techmatch.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.capability.CapabilityDocument;

/**
 * A stored supply item of either kind, read straight into its own document record by the
 * {@code supplyType} every document carries: one request can return achievements and
 * capabilities together, and each hit is parsed once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "supplyType",
		visible = true)
@JsonSubTypes({ @JsonSubTypes.Type(value = AchievementDocument.class, name = AchievementDocument.SUPPLY_TYPE),
		@JsonSubTypes.Type(value = CapabilityDocument.class, name = CapabilityDocument.SUPPLY_TYPE) })
public interface SupplyDocument {

	String id();

	String supplyType();

}
