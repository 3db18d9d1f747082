package org.techmatch.catalog.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;

import org.techmatch.catalog.CatalogIndices;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandIndices;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;

/**
 * The one import path for every format (NDJSON, CSV, XLSX) and every kind: achievements, capability listings and
 * enterprise demands. Rows are read and parsed
 * ({@link CatalogImports}); accepted rows are compared with what the index holds under the same stable id (upsert by
 * source id: an identical record is {@code unchanged}); new and changed documents are written into a clone of the
 * current index generation, which replaces it only once its count is verified. A crash or error mid-import leaves the
 * alias on the last complete generation. Imports run one at a time. A demand edited through {@code updateDemand} while
 * its batch is being imported keeps the imported text (the import's clone was taken before the edit); its version
 * then changes, so an editor holding the old one gets CONFLICT rather than overwriting silently.
 */
@Service
public class SupplyImporter {

	private static final Log logger = LogFactory.getLog(SupplyImporter.class);

	private static final int LOOKUP_BATCH = 1000;

	private final CatalogImports imports;

	private final ElasticsearchClient client;

	private final IndexGenerations generations;

	private final AchievementDocumentMapper achievementMapper;

	private final CapabilityDocumentMapper capabilityMapper;

	private final ImportReportWriter reportWriter;

	private final IndexAdmin indexAdmin;

	private final DemandDocumentMapper demandMapper;

	private final Clock clock;

	public SupplyImporter(IndustrialChainTaxonomy taxonomy, ElasticsearchClient client, IndexAdmin indexAdmin,
			IndexGenerations generations, AchievementDocumentMapper achievementMapper,
			CapabilityDocumentMapper capabilityMapper, DemandDocumentMapper demandMapper,
			ImportReportWriter reportWriter) {
		this.imports = new CatalogImports(ColumnMapping.load(), taxonomy);
		this.client = client;
		this.indexAdmin = indexAdmin;
		this.generations = generations;
		this.achievementMapper = achievementMapper;
		this.capabilityMapper = capabilityMapper;
		this.demandMapper = demandMapper;
		this.reportWriter = reportWriter;
		this.clock = Clock.system(ZoneId.of("Asia/Shanghai"));
	}

	/**
	 * Imports one batch file.
	 * @param format null to detect it from the file name
	 * @param progress told the number of rows read so far, then of documents written
	 * @throws ImportException when the file cannot be opened or its format is unknown (nothing written)
	 */
	public ImportReport importFile(ImportKind kind, Path file, ImportFormat format, ImportDefaults defaults,
			LongConsumer progress) {
		IndexDefinition index = switch (kind) {
			case ACHIEVEMENT -> CatalogIndices.ACHIEVEMENTS;
			case CAPABILITY -> CatalogIndices.CAPABILITIES;
			case DEMAND -> DemandIndices.DEMANDS;
		};
		return importInto(index, kind, file, format, defaults, progress);
	}

	/** {@link #importFile} into a given index (benchmarks and tests use their own). */
	public synchronized ImportReport importInto(IndexDefinition index, ImportKind kind, Path file, ImportFormat format,
			ImportDefaults defaults, LongConsumer progress) {
		long started = System.nanoTime();
		ImportReport report = switch (kind) {
			case ACHIEVEMENT -> run(kind, file, defaults, open(() -> this.imports.achievements(file, format, defaults)),
					index, AchievementDocument.class, this.achievementMapper::toDocument, AchievementDocument::id,
					progress, started);
			case CAPABILITY -> run(kind, file, defaults, open(() -> this.imports.capabilities(file, format, defaults)),
					index, CapabilityDocument.class, this.capabilityMapper::toDocument, CapabilityDocument::id,
					progress, started);
			case DEMAND -> run(kind, file, defaults,
					open(() -> this.imports.demands(file, format, defaults, LocalDate.now(this.clock))), index,
					DemandDocument.class, this.demandMapper::toDocument, DemandDocument::id, progress, started);
		};
		logger.info(report.summary());
		return this.reportWriter.write(report);
	}

	private static <T> ImportRows<T> open(java.util.function.Supplier<ImportRows<T>> opener) {
		try {
			return opener.get();
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			throw new ImportException(ex.getMessage(), ex);
		}
	}

	private <T, D> ImportReport run(ImportKind kind, Path file, ImportDefaults defaults, ImportRows<T> rows,
			IndexDefinition index, Class<D> documentType, Function<T, D> toDocument, Function<D, String> idOf,
			LongConsumer progress, long started) {
		Map<String, D> accepted = new LinkedHashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		long count = 0;
		long rejected = 0;
		try (rows) {
			while (rows.hasNext()) {
				RowOutcome<T> outcome = rows.next();
				count++;
				if (outcome instanceof RowOutcome.Accepted<T> row) {
					accepted.put(row.id(), toDocument.apply(row.record()));
				}
				else if (outcome instanceof RowOutcome.Rejected<T> row) {
					rejected++;
					problems.addAll(row.problems());
				}
				if (count % 1000 == 0) {
					progress.accept(count);
				}
			}
			progress.accept(count);
			Map<String, D> existing = existing(index, accepted.keySet(), documentType);
			List<D> changed = new ArrayList<>();
			long created = 0;
			for (Map.Entry<String, D> entry : accepted.entrySet()) {
				D before = existing.get(entry.getKey());
				if (before == null) {
					created++;
					changed.add(entry.getValue());
				}
				else if (!before.equals(entry.getValue())) {
					changed.add(entry.getValue());
				}
			}
			long updated = changed.size() - created;
			String generation = changed.isEmpty() ? null : this.generations.apply(index, changed, idOf, created);
			return new ImportReport(kind, file.toString(), defaults.sourceBatch(), count, created, updated,
					accepted.size() - changed.size(), rejected, problems, rows.warnings(), generation, null,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/** The documents the index holds under these ids, fetched in batches (empty when the index does not exist). */
	private <D> Map<String, D> existing(IndexDefinition index, Iterable<String> ids, Class<D> documentType) {
		Map<String, D> found = new LinkedHashMap<>();
		if (this.indexAdmin.currentGeneration(index).isEmpty()) {
			return found;
		}
		List<String> batch = new ArrayList<>(LOOKUP_BATCH);
		for (String id : ids) {
			batch.add(id);
			if (batch.size() == LOOKUP_BATCH) {
				lookup(index, batch, documentType, found);
				batch.clear();
			}
		}
		lookup(index, batch, documentType, found);
		return found;
	}

	private <D> void lookup(IndexDefinition index, List<String> ids, Class<D> documentType, Map<String, D> found) {
		if (ids.isEmpty()) {
			return;
		}
		try {
			for (MultiGetResponseItem<D> item : this.client.mget((m) -> m.index(index.alias()).ids(ids), documentType)
				.docs()) {
				if (item.isResult() && item.result().found()) {
					found.put(item.result().id(), item.result().source());
				}
			}
		}
		catch (ElasticsearchException ex) {
			if (ex.status() != 404) {
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
