package org.techmatch.search;

import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.capability.CapabilityDocument;

/** The two kinds of supply item, as stored in each document's {@code supplyType}. */
public enum SupplyType {

	ACHIEVEMENT(AchievementDocument.SUPPLY_TYPE, "科技成果"), CAPABILITY(CapabilityDocument.SUPPLY_TYPE, "技术能力清单");

	private final String stored;

	private final String label;

	SupplyType(String stored, String label) {
		this.stored = stored;
		this.label = label;
	}

	/** The value of the {@code supplyType} field. */
	public String stored() {
		return this.stored;
	}

	public String label() {
		return this.label;
	}

}
