package org.techmatch.catalog.capability;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import org.techmatch.MappingConfig;
import org.techmatch.catalog.Capability;

/** Capability ⇄ its index document. */
@Mapper(config = MappingConfig.class)
public interface CapabilityDocumentMapper {

	@Mapping(target = "supplyType", constant = CapabilityDocument.SUPPLY_TYPE)
	CapabilityDocument toDocument(Capability capability);

	Capability toCapability(CapabilityDocument document);

}
