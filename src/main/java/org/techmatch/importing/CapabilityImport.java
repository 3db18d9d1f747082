package org.techmatch.importing;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.Capability;
import org.techmatch.catalog.CatalogIndices;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.elastic.IndexDefinition;

/** Batches of capability listings (技术能力清单) into {@code techmatch-capabilities}. */
@Component
class CapabilityImport implements ImportStrategy<Capability, CapabilityDocument> {

	private final IndustrialChainTaxonomy taxonomy;

	private final CapabilityDocumentMapper mapper;

	CapabilityImport(IndustrialChainTaxonomy taxonomy, CapabilityDocumentMapper mapper) {
		this.taxonomy = taxonomy;
		this.mapper = mapper;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.CAPABILITY;
	}

	@Override
	public RowParser<Capability> parser(ImportDefaults defaults, LocalDate today) {
		return new CapabilityRowParser(defaults, this.taxonomy);
	}

	@Override
	public CapabilityDocument toDocument(Capability record) {
		return this.mapper.toDocument(record);
	}

	@Override
	public String id(CapabilityDocument document) {
		return document.id();
	}

	@Override
	public Class<CapabilityDocument> documentType() {
		return CapabilityDocument.class;
	}

	@Override
	public IndexDefinition index() {
		return CatalogIndices.CAPABILITIES;
	}

	@Override
	public WritePolicy<CapabilityDocument> writePolicy() {
		return WritePolicy.upsertByStableId();
	}

}
