package org.techmatch.importing;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandIndices;
import org.techmatch.elastic.IndexDefinition;

/**
 * Batches of enterprise demands (企业技术需求) into {@code techmatch-demands}, with
 * {@code submitDemand}'s limits. A demand edited through {@code updateDemand} while its
 * batch is being imported keeps the imported text (the import's clone was taken before
 * the edit); its version then changes, so an editor holding the old one gets CONFLICT
 * rather than overwriting silently.
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

	/** Upsert by stable id; the stored vector is not part of what the row says. */
	@Override
	public WritePolicy<DemandDocument> writePolicy() {
		WritePolicy<DemandDocument> upsert = WritePolicy.upsertByStableId();
		return (stored, imported) -> upsert.decide((stored != null) ? stored.withVector(null, null) : null, imported);
	}

}
