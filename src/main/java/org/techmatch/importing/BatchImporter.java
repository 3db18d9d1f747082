package org.techmatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.importing.WritePolicy.Write;

/**
 * The one import path for every format (NDJSON, CSV, XLSX) and every kind of batch, each
 * kind an {@link ImportStrategy} (achievements, capability listings, enterprise demands).
 * Rows are read and parsed ({@link CatalogImports}); accepted rows are compared with what
 * the index holds under the same stable id, as the kind's {@link WritePolicy} decides
 * (upsert by source id: an identical record is {@code unchanged}); new and changed
 * documents are written into a clone of the current index generation, which replaces it
 * only once its count is verified. A crash or error mid-import leaves the alias on the
 * last complete generation. Imports run one at a time. An import into the catalogue that
 * creates achievements or capabilities announces them ({@link SupplyItemsCreated}) once
 * its generation is published.
 */
@Service
public class BatchImporter {

	private static final Log logger = LogFactory.getLog(BatchImporter.class);

	private static final int LOOKUP_BATCH = 1000;

	private final Map<ImportKind, ImportStrategy<?, ?>> strategies = new EnumMap<>(ImportKind.class);

	private final CatalogImports imports;

	private final ElasticsearchClient client;

	private final IndexGenerations generations;

	private final ImportReportWriter reportWriter;

	private final IndexAdmin indexAdmin;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public BatchImporter(List<ImportStrategy<?, ?>> strategies, IndustrialChainTaxonomy taxonomy,
			ElasticsearchClient client, IndexAdmin indexAdmin, IndexGenerations generations,
			ImportReportWriter reportWriter, ApplicationEventPublisher events) {
		strategies.forEach((strategy) -> this.strategies.put(strategy.kind(), strategy));
		this.imports = new CatalogImports(ColumnMapping.load(), taxonomy);
		this.client = client;
		this.indexAdmin = indexAdmin;
		this.generations = generations;
		this.reportWriter = reportWriter;
		this.clock = Clock.system(ZoneId.of("Asia/Shanghai"));
		this.events = events;
	}

	/**
	 * Imports one batch file into the kind's index.
	 * @param format null to detect it from the file name
	 * @param progress told the number of rows read so far, then of documents written
	 * @throws ImportException when the file cannot be opened or its format is unknown
	 * (nothing written)
	 */
	public ImportReport importFile(ImportKind kind, Path file, ImportFormat format, ImportDefaults defaults,
			LongConsumer progress) {
		List<String> created = new ArrayList<>();
		ImportReport report = importInto(strategy(kind).index(), kind, file, format, defaults, progress, created);
		if (!created.isEmpty() && kind != ImportKind.DEMAND) {
			this.events.publishEvent(new SupplyItemsCreated(kind, created));
		}
		return report;
	}

	/** {@link #importFile} into a given index (benchmarks and tests use their own). */
	public ImportReport importInto(IndexDefinition index, ImportKind kind, Path file, ImportFormat format,
			ImportDefaults defaults, LongConsumer progress) {
		return importInto(index, kind, file, format, defaults, progress, new ArrayList<>());
	}

	private synchronized ImportReport importInto(IndexDefinition index, ImportKind kind, Path file, ImportFormat format,
			ImportDefaults defaults, LongConsumer progress, List<String> created) {
		long started = System.nanoTime();
		ImportReport report = run(strategy(kind), index, file, format, defaults, progress, started, created);
		logger.info(report.summary());
		return this.reportWriter.write(report);
	}

	private ImportStrategy<?, ?> strategy(ImportKind kind) {
		ImportStrategy<?, ?> strategy = this.strategies.get(kind);
		if (strategy == null) {
			throw new IllegalStateException("No import strategy for " + kind);
		}
		return strategy;
	}

	private static <T> ImportRows<T> open(Supplier<ImportRows<T>> opener) {
		try {
			return opener.get();
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			throw new ImportException(ex.getMessage(), ex);
		}
	}

	/**
	 * Runs one import; the ids of the documents it creates are added to
	 * {@code createdIds}.
	 */
	private <R, D> ImportReport run(ImportStrategy<R, D> strategy, IndexDefinition index, Path file,
			ImportFormat format, ImportDefaults defaults, LongConsumer progress, long started,
			List<String> createdIds) {
		RowParser<R> parser = strategy.parser(defaults, LocalDate.now(this.clock));
		Map<String, D> accepted = new LinkedHashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		long count = 0;
		long rejected = 0;
		try (ImportRows<R> rows = open(() -> this.imports.rows(strategy.kind(), file, format, parser))) {
			while (rows.hasNext()) {
				RowOutcome<R> outcome = rows.next();
				count++;
				if (outcome instanceof RowOutcome.Accepted<R> row) {
					accepted.put(row.id(), strategy.toDocument(row.record()));
				}
				else if (outcome instanceof RowOutcome.Rejected<R> row) {
					rejected++;
					problems.addAll(row.problems());
				}
				if (count % 1000 == 0) {
					progress.accept(count);
				}
			}
			progress.accept(count);
			Map<String, D> existing = existing(index, accepted.keySet(), strategy.documentType());
			WritePolicy<D> policy = strategy.writePolicy();
			List<D> changed = new ArrayList<>();
			long created = 0;
			List<String> newIds = new ArrayList<>();
			for (Map.Entry<String, D> entry : accepted.entrySet()) {
				Write write = policy.decide(existing.get(entry.getKey()), entry.getValue());
				if (write == Write.CREATE) {
					created++;
					newIds.add(strategy.id(entry.getValue()));
				}
				if (write != Write.UNCHANGED) {
					changed.add(entry.getValue());
				}
			}
			long updated = changed.size() - created;
			String generation = changed.isEmpty() ? null
					: this.generations.apply(index, changed, strategy::id, created);
			createdIds.addAll(newIds);
			return new ImportReport(strategy.kind(), file.toString(), defaults.sourceBatch(), count, created, updated,
					accepted.size() - changed.size(), rejected, problems, rows.warnings(), generation, null,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * The documents the index holds under these ids, fetched in batches (empty when the
	 * index does not exist).
	 */
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
