package org.techmatch.demand;

import java.time.Instant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import org.techmatch.MappingConfig;

/**
 * Demand ⇄ its index document; the version comes from the stored revision, not from the
 * document.
 */
@Mapper(config = MappingConfig.class)
public interface DemandDocumentMapper {

	@Mapping(target = "maturityRank",
			expression = "java(demand.maturityAtLeast() != null ? demand.maturityAtLeast().rank() : null)")
	@Mapping(target = "vector", ignore = true)
	@Mapping(target = "embedding", ignore = true)
	DemandDocument toDocument(Demand demand);

	@Mapping(target = "version", source = "version")
	Demand toDemand(DemandDocument document, String version);

	default String instantToString(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	default Instant stringToInstant(String text) {
		return (text != null) ? Instant.parse(text) : null;
	}

}
