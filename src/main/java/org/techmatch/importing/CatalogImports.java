package org.techmatch.importing;

import java.nio.file.Path;
import java.time.LocalDate;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Demand;

/**
 * Entry point for the reading side of an import: opens a batch file of any kind as a lazy
 * sequence of row outcomes. {@code format} may be null to detect it from the file name.
 */
public final class CatalogImports {

	private final ColumnMapping mapping;

	private final IndustrialChainTaxonomy taxonomy;

	public CatalogImports(ColumnMapping mapping, IndustrialChainTaxonomy taxonomy) {
		this.mapping = mapping;
		this.taxonomy = taxonomy;
	}

	/** The rows of a batch of {@code kind} (its columns), parsed by {@code parser}. */
	public <T> ImportRows<T> rows(ImportKind kind, Path file, ImportFormat format, RowParser<T> parser) {
		return new ImportRows<>(open(file, format), new ColumnMapper(this.mapping, kind), parser);
	}

	public ImportRows<Achievement> achievements(Path file, ImportFormat format, ImportDefaults defaults) {
		return rows(ImportKind.ACHIEVEMENT, file, format, new AchievementRowParser(defaults, this.taxonomy));
	}

	public ImportRows<Capability> capabilities(Path file, ImportFormat format, ImportDefaults defaults) {
		return rows(ImportKind.CAPABILITY, file, format, new CapabilityRowParser(defaults, this.taxonomy));
	}

	/**
	 * Demands; {@code today} decides which validity windows have ended (those demands are
	 * imported CLOSED).
	 */
	public ImportRows<Demand> demands(Path file, ImportFormat format, ImportDefaults defaults, LocalDate today) {
		return rows(ImportKind.DEMAND, file, format, new DemandRowParser(defaults, this.taxonomy, today));
	}

	private static RowReader open(Path file, ImportFormat format) {
		return RowReaders.open(file, (format != null) ? format : ImportFormat.resolve(file, null));
	}

}
