package org.techmatch.catalog.importing;

import java.nio.file.Path;
import java.time.LocalDate;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Demand;

/**
 * Entry point for the indexing side: opens a batch file as a lazy sequence of row outcomes.
 * {@code format} may be null to detect it from the file name.
 */
public final class CatalogImports {

	private final ColumnMapping mapping;

	private final IndustrialChainTaxonomy taxonomy;

	public CatalogImports(ColumnMapping mapping, IndustrialChainTaxonomy taxonomy) {
		this.mapping = mapping;
		this.taxonomy = taxonomy;
	}

	public ImportRows<Achievement> achievements(Path file, ImportFormat format, ImportDefaults defaults) {
		return new ImportRows<>(open(file, format), new ColumnMapper(this.mapping, ImportKind.ACHIEVEMENT),
				new AchievementRowParser(defaults, this.taxonomy));
	}

	public ImportRows<Capability> capabilities(Path file, ImportFormat format, ImportDefaults defaults) {
		return new ImportRows<>(open(file, format), new ColumnMapper(this.mapping, ImportKind.CAPABILITY),
				new CapabilityRowParser(defaults, this.taxonomy));
	}

	/** Demands; {@code today} decides which validity windows have ended (those demands are imported CLOSED). */
	public ImportRows<Demand> demands(Path file, ImportFormat format, ImportDefaults defaults, LocalDate today) {
		return new ImportRows<>(open(file, format), new ColumnMapper(this.mapping, ImportKind.DEMAND),
				new DemandRowParser(defaults, this.taxonomy, today));
	}

	private static RowReader open(Path file, ImportFormat format) {
		return RowReaders.open(file, (format != null) ? format : ImportFormat.resolve(file, null));
	}

}
