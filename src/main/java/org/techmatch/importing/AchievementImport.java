package org.techmatch.importing;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.CatalogIndices;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.elastic.IndexDefinition;

/** Batches of achievements (科技成果) into {@code techmatch-achievements}. */
@Component
class AchievementImport implements ImportStrategy<Achievement, AchievementDocument> {

	private final IndustrialChainTaxonomy taxonomy;

	private final AchievementDocumentMapper mapper;

	AchievementImport(IndustrialChainTaxonomy taxonomy, AchievementDocumentMapper mapper) {
		this.taxonomy = taxonomy;
		this.mapper = mapper;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ACHIEVEMENT;
	}

	@Override
	public RowParser<Achievement> parser(ImportDefaults defaults, LocalDate today) {
		return new AchievementRowParser(defaults, this.taxonomy);
	}

	@Override
	public AchievementDocument toDocument(Achievement record) {
		return this.mapper.toDocument(record);
	}

	@Override
	public String id(AchievementDocument document) {
		return document.id();
	}

	@Override
	public Class<AchievementDocument> documentType() {
		return AchievementDocument.class;
	}

	@Override
	public IndexDefinition index() {
		return CatalogIndices.ACHIEVEMENTS;
	}

	@Override
	public WritePolicy<AchievementDocument> writePolicy() {
		return WritePolicy.upsertByStableId();
	}

}
