package org.techmatch.catalog;

import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.capability.CapabilityDocument;

/**
 * The two kinds of supply item: the GraphQL type, the prefix of their ids, the value of
 * each document's {@code supplyType}, and the Chinese label.
 */
public enum SupplyType {

	ACHIEVEMENT("Achievement", "ach-", AchievementDocument.SUPPLY_TYPE, "科技成果"),
	CAPABILITY("Capability", "cap-", CapabilityDocument.SUPPLY_TYPE, "技术能力清单");

	private final String typeName;

	private final String idPrefix;

	private final String stored;

	private final String label;

	SupplyType(String typeName, String idPrefix, String stored, String label) {
		this.typeName = typeName;
		this.idPrefix = idPrefix;
		this.stored = stored;
		this.label = label;
	}

	/** The GraphQL object type of items of this kind. */
	public String typeName() {
		return this.typeName;
	}

	/** What every id of this kind starts with ({@code ach-}, {@code cap-}). */
	public String idPrefix() {
		return this.idPrefix;
	}

	/** The value of the {@code supplyType} field. */
	public String stored() {
		return this.stored;
	}

	public String label() {
		return this.label;
	}

}
