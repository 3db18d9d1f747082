package org.techmatch.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandIndices;
import org.techmatch.elastic.IndexDefinition;

/**
 * Batches of enterprise demands (企业技术需求) into {@code techmatch-demands}, with
 * {@code submitDemand}'s limits. Demands are live records: they are upserted in place
 * ({@link ImportMode#IN_PLACE}), never through a new generation, so a demand submitted or
 * edited while a batch is imported is never lost. A stored demand changed after the row
 * (its {@code updatedAt} is later: an edit through {@code updateDemand}) is kept and the
 * row reported as skipped; a demand edited between the import's read and its write is
 * kept the same way (the write is conditional on the revision read). An editor holding a
 * version the import replaced gets CONFLICT rather than overwriting silently.
 */
@Component
class DemandImport implements ImportStrategy<Demand, DemandDocument> {

	private final IndustrialChainTaxonomy taxonomy;

	private final DemandDocumentMapper mapper;

	DemandImport(IndustrialChainTaxonomy taxonomy, DemandDocumentMapper mapper) {
		this.taxonomy = taxonomy;
		this.mapper = mapper;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.DEMAND;
	}

	/** Demands whose validity ended before {@code today} are imported CLOSED. */
	@Override
	public RowParser<Demand> parser(ImportDefaults defaults, LocalDate today) {
		return new DemandRowParser(defaults, this.taxonomy, today);
	}

	@Override
	public DemandDocument toDocument(Demand record) {
		return this.mapper.toDocument(record);
	}

	@Override
	public String id(DemandDocument document) {
		return document.id();
	}

	@Override
	public Class<DemandDocument> documentType() {
		return DemandDocument.class;
	}

	@Override
	public IndexDefinition index() {
		return DemandIndices.DEMANDS;
	}

	/**
	 * Upsert by stable id keeping a newer edit; the stored vector is not part of what the
	 * row says.
	 */
	@Override
	public WritePolicy<DemandDocument> writePolicy() {
		return WritePolicy.keepNewerEdit(DemandImport::updatedAt,
				(stored, imported) -> stored.withVector(null, null).equals(imported));
	}

	@Override
	public ImportMode mode() {
		return ImportMode.IN_PLACE;
	}

	/** The stored vector stays when title and description are the same. */
	@Override
	public DemandDocument merge(DemandDocument stored, DemandDocument imported) {
		if (stored != null && Objects.equals(stored.title(), imported.title())
				&& Objects.equals(stored.description(), imported.description())) {
			return imported.withVector(stored.vector(), stored.embedding());
		}
		return imported;
	}

	private static Instant updatedAt(DemandDocument document) {
		try {
			return (document.updatedAt() != null) ? Instant.parse(document.updatedAt()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
