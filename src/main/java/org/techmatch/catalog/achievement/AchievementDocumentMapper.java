package org.techmatch.catalog.achievement;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import org.techmatch.MappingConfig;
import org.techmatch.catalog.Achievement;

/** Achievement ⇄ its index document. */
@Mapper(config = MappingConfig.class)
public interface AchievementDocumentMapper {

	@Mapping(target = "supplyType", constant = AchievementDocument.SUPPLY_TYPE)
	@Mapping(target = "maturityRank",
			expression = "java(achievement.maturity() != null ? achievement.maturity().rank() : null)")
	@Mapping(target = "city", source = "institution.city")
	AchievementDocument toDocument(Achievement achievement);

	Achievement toAchievement(AchievementDocument document);

}
