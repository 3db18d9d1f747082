package org.techmatch.supply;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;

/**
 * Turns hits over both catalogue indices into supply items: an {@code Achievement} or a
 * {@code Capability} (the document type Jackson chose by its {@code supplyType}), mapped
 * with the catalogue's MapStruct mappers.
 */
@Component
public class SupplyHits {

	private final AchievementDocumentMapper achievements;

	private final CapabilityDocumentMapper capabilities;

	public SupplyHits(AchievementDocumentMapper achievements, CapabilityDocumentMapper capabilities) {
		this.achievements = achievements;
		this.capabilities = capabilities;
	}

	/** The Achievement or Capability of a stored document. */
	public SupplyItem item(SupplyDocument document) {
		if (document instanceof CapabilityDocument capability) {
			return this.capabilities.toCapability(capability);
		}
		return this.achievements.toAchievement((AchievementDocument) document);
	}

}
