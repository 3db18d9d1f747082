package org.techmatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.elastic.ImportLock;
import org.techmatch.elastic.ImportLockedException;
import org.techmatch.elastic.InPlaceWriter;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;
import org.techmatch.importing.WritePolicy.Write;
import org.techmatch.supply.SupplyStamp;

/**
 * The one import path for every format (NDJSON, CSV, XLSX) and every kind of batch, each
 * kind an {@link ImportStrategy} (achievements, capability listings, enterprise demands).
 * Rows are read and parsed ({@link CatalogImports}); accepted rows are compared with what
 * the index holds under the same stable id, as the kind's {@link WritePolicy} decides
 * (upsert by source id: an identical record is {@code unchanged}). Then, by the kind's
 * {@link ImportMode}:
 * <ul>
 * <li>catalogue kinds: new and changed documents are written into a clone of the current
 * index generation, which replaces it only once its count is verified, all under the
 * cluster-wide {@link ImportLock} (one catalogue import at a time across every process).
 * A crash or error mid-import leaves the alias on the last complete generation;</li>
 * <li>live records (demands): conditional bulk upserts into the live index
 * ({@link InPlaceWriter}); a record edited later than its row, or while the import ran,
 * is kept and the row reported as skipped. Importing the same file again completes an
 * import that stopped half way.</li>
 * </ul>
 * An import into the catalogue that creates achievements or capabilities announces them
 * ({@link SupplyItemsCreated}) once its generation is published.
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

	private final InPlaceWriter inPlace;

	private final ImportLock lock;

	private final Duration lockWait;

	private final ApplicationEventPublisher events;

	private final SupplyStamp supplyStamp;

	public BatchImporter(List<ImportStrategy<?, ?>> strategies, IndustrialChainTaxonomy taxonomy,
			ElasticsearchClient client, IndexAdmin indexAdmin, IndexGenerations generations,
			ImportReportWriter reportWriter, InPlaceWriter inPlace, ImportLock lock,
			@Value("${techmatch.import.lock.wait:5m}") Duration lockWait, ApplicationEventPublisher events,
			SupplyStamp supplyStamp) {
		this.supplyStamp = supplyStamp;
		strategies.forEach((strategy) -> this.strategies.put(strategy.kind(), strategy));
		this.imports = new CatalogImports(ColumnMapping.load(), taxonomy);
		this.client = client;
		this.indexAdmin = indexAdmin;
		this.generations = generations;
		this.reportWriter = reportWriter;
		this.inPlace = inPlace;
		this.lock = lock;
		this.lockWait = lockWait;
		this.events = events;
		this.clock = Clock.system(ZoneId.of("Asia/Shanghai"));
	}

	/**
	 * Imports one batch file into the kind's index.
	 * @param format null to detect it from the file name
	 * @param progress told the number of rows read so far, then of documents written
	 * @throws ImportException when the file cannot be opened or its format is unknown
	 * (nothing written)
	 * @throws ImportLockedException when another process imports a catalogue kind and
	 * does not finish within {@code techmatch.import.lock.wait}
	 */
	public ImportReport importFile(ImportKind kind, Path file, ImportFormat format, ImportDefaults defaults,
			LongConsumer progress) {
		return importFile(kind, file, format, defaults, progress, null);
	}

	/**
	 * {@link #importFile}, telling {@code waiting} who holds the import lock when this
	 * import has to wait for it (the command line says so).
	 */
	public ImportReport importFile(ImportKind kind, Path file, ImportFormat format, ImportDefaults defaults,
			LongConsumer progress, Consumer<ImportLock.Holder> waiting) {
		List<String> created = new ArrayList<>();
		ImportReport report = importInto(strategy(kind).index(), kind, file, format, defaults, progress, waiting,
				created);
		if (kind != ImportKind.DEMAND) {
			// stored matches computed before the import are not current from now on
			this.supplyStamp.check();
		}
		if (!created.isEmpty() && kind != ImportKind.DEMAND) {
			this.events.publishEvent(new SupplyItemsCreated(kind, created));
		}
		return report;
	}

	/** {@link #importFile} into a given index (benchmarks and tests use their own). */
	public ImportReport importInto(IndexDefinition index, ImportKind kind, Path file, ImportFormat format,
			ImportDefaults defaults, LongConsumer progress) {
		return importInto(index, kind, file, format, defaults, progress, null);
	}

	/** {@link #importFile} into a given index, telling {@code waiting} about the lock. */
	public ImportReport importInto(IndexDefinition index, ImportKind kind, Path file, ImportFormat format,
			ImportDefaults defaults, LongConsumer progress, Consumer<ImportLock.Holder> waiting) {
		return importInto(index, kind, file, format, defaults, progress, waiting, new ArrayList<>());
	}

	private ImportReport importInto(IndexDefinition index, ImportKind kind, Path file, ImportFormat format,
			ImportDefaults defaults, LongConsumer progress, Consumer<ImportLock.Holder> waiting,
			List<String> createdIds) {
		long started = System.nanoTime();
		ImportStrategy<?, ?> strategy = strategy(kind);
		ImportReport report;
		if (strategy.mode() == ImportMode.IN_PLACE) {
			report = run(strategy, index, file, format, defaults, progress, started, createdIds);
		}
		else {
			String purpose = "import " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + file.getFileName()
					+ " into " + index.alias();
			try (ImportLock.Lease lease = (waiting != null) ? this.lock.acquire(purpose, this.lockWait, waiting)
					: this.lock.acquire(purpose)) {
				report = run(strategy, index, file, format, defaults, progress, started, createdIds);
			}
		}
		logger.info(report.summary());
		return this.reportWriter.write(report);
	}

	/** The platform index the kind's batches are written into. */
	public IndexDefinition index(ImportKind kind) {
		return strategy(kind).index();
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

	/** An accepted row: its number in the file and the document it became. */
	private record Accepted<D>(int rowNumber, D document) {
	}

	/** A stored document with the revision it was read at. */
	private record Stored<D>(D document, long seqNo, long primaryTerm) {
	}

	/**
	 * Runs one import; the ids of the catalogue documents it creates are added to
	 * {@code createdIds} once their generation is published.
	 */
	private <R, D> ImportReport run(ImportStrategy<R, D> strategy, IndexDefinition index, Path file,
			ImportFormat format, ImportDefaults defaults, LongConsumer progress, long started,
			List<String> createdIds) {
		RowParser<R> parser = strategy.parser(defaults, LocalDate.now(this.clock));
		Map<String, Accepted<D>> accepted = new LinkedHashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		long count = 0;
		long rejected = 0;
		try (ImportRows<R> rows = open(() -> this.imports.rows(strategy.kind(), file, format, parser))) {
			while (rows.hasNext()) {
				RowOutcome<R> outcome = rows.next();
				count++;
				if (outcome instanceof RowOutcome.Accepted<R> row) {
					accepted.put(row.id(), new Accepted<>(row.rowNumber(), strategy.toDocument(row.record())));
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
			Map<String, Stored<D>> existing = existing(index, accepted.keySet(), strategy.documentType());
			WritePolicy<D> policy = strategy.writePolicy();
			List<String> changedIds = new ArrayList<>();
			List<RowProblem> skipped = new ArrayList<>();
			long created = 0;
			List<String> newIds = new ArrayList<>();
			for (Map.Entry<String, Accepted<D>> entry : accepted.entrySet()) {
				Stored<D> stored = existing.get(entry.getKey());
				D document = entry.getValue().document();
				Write write = policy.decide((stored != null) ? stored.document() : null, document);
				if (write == Write.CREATE) {
					created++;
					newIds.add(entry.getKey());
				}
				if (write == Write.SKIP) {
					skipped.add(new RowProblem(entry.getValue().rowNumber(), "updatedAt",
							entry.getKey() + ": " + policy.skipReason(stored.document(), document)));
				}
				else if (write != Write.UNCHANGED) {
					changedIds.add(entry.getKey());
				}
			}
			long unchanged = accepted.size() - changedIds.size() - skipped.size();
			long updated = changedIds.size() - created;
			String generation = null;
			if (strategy.mode() == ImportMode.IN_PLACE) {
				this.generations.ensureExists(index);
				InPlaceCounts counts = writeInPlace(strategy, index, changedIds, accepted, existing, skipped, problems);
				created = counts.created();
				updated = counts.updated();
				rejected += counts.failed();
			}
			else if (!changedIds.isEmpty()) {
				List<D> changed = changedIds.stream().map((id) -> accepted.get(id).document()).toList();
				generation = this.generations.apply(index, changed, strategy::id, created);
				createdIds.addAll(newIds);
			}
			return new ImportReport(strategy.kind(), file.toString(), defaults.sourceBatch(), count, created, updated,
					unchanged, skipped.size(), rejected, problems, skipped, rows.warnings(), generation, null,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	private record InPlaceCounts(long created, long updated, long failed) {
	}

	/**
	 * Live records: each new document is created only if its id is still free, each
	 * changed one replaces exactly the revision read; a record changed meanwhile is kept
	 * and its row reported as skipped, a document the index refuses as a rejected row.
	 */
	private <R, D> InPlaceCounts writeInPlace(ImportStrategy<R, D> strategy, IndexDefinition index,
			List<String> changedIds, Map<String, Accepted<D>> accepted, Map<String, Stored<D>> existing,
			List<RowProblem> skipped, List<RowProblem> problems) {
		List<InPlaceWriter.Upsert> upserts = new ArrayList<>(changedIds.size());
		for (String id : changedIds) {
			Stored<D> stored = existing.get(id);
			D document = accepted.get(id).document();
			upserts.add((stored == null) ? InPlaceWriter.Upsert.create(id, document) : InPlaceWriter.Upsert.replace(id,
					strategy.merge(stored.document(), document), stored.seqNo(), stored.primaryTerm()));
		}
		List<InPlaceWriter.Outcome> outcomes = this.inPlace.write(index.alias(), upserts);
		long created = 0;
		long updated = 0;
		long failed = 0;
		for (int i = 0; i < outcomes.size(); i++) {
			String id = changedIds.get(i);
			int row = accepted.get(id).rowNumber();
			InPlaceWriter.Outcome outcome = outcomes.get(i);
			boolean isNew = !existing.containsKey(id);
			switch (outcome.result()) {
				case WRITTEN -> {
					if (isNew) {
						created++;
					}
					else {
						updated++;
					}
				}
				case CONFLICT -> skipped.add(new RowProblem(row, RowProblem.WHOLE_ROW, id + ": kept the stored record: "
						+ (isNew ? "created" : "changed") + " by another writer while this import ran"));
				case FAILED -> {
					failed++;
					problems.add(new RowProblem(row, RowProblem.WHOLE_ROW, "not written: " + outcome.reason()));
				}
			}
		}
		return new InPlaceCounts(created, updated, failed);
	}

	/**
	 * The documents the index holds under these ids, fetched in batches (empty when the
	 * index does not exist).
	 */
	private <D> Map<String, Stored<D>> existing(IndexDefinition index, Iterable<String> ids, Class<D> documentType) {
		Map<String, Stored<D>> found = new LinkedHashMap<>();
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

	private <D> void lookup(IndexDefinition index, List<String> ids, Class<D> documentType,
			Map<String, Stored<D>> found) {
		if (ids.isEmpty()) {
			return;
		}
		try {
			for (MultiGetResponseItem<D> item : this.client.mget((m) -> m.index(index.alias()).ids(ids), documentType)
				.docs()) {
				if (item.isResult() && item.result().found()) {
					found.put(item.result().id(),
							new Stored<>(item.result().source(), item.result().seqNo(), item.result().primaryTerm()));
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
