package org.techmatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.importing.CatalogImports;
import org.techmatch.importing.ColumnMapping;
import org.techmatch.importing.ImportDefaults;
import org.techmatch.importing.ImportFormat;
import org.techmatch.importing.ImportRows;
import org.techmatch.importing.RowOutcome;

/**
 * The real zhibei records as the platform stores them (read by the importer, batch
 * {@code zhibei}: ids {@code ach-zhibei-zb-a-NNNNN}), and the development relevance set's
 * demands, from {@code ../shared}.
 */
public final class ZhibeiData {

	/** The folder of the real-text development relevance set. */
	public static final Path DEV_SET = Path.of("..", "shared", "relevance", "zhibei-dev");

	private ZhibeiData() {
	}

	/** The 2,810 zhibei achievements as documents of our achievement mapping. */
	public static List<AchievementDocument> achievements(AchievementDocumentMapper mapper) {
		List<AchievementDocument> documents = new ArrayList<>();
		try (ImportRows<Achievement> rows = new CatalogImports(ColumnMapping.load(), new IndustrialChainTaxonomy())
			.achievements(SharedData.zhibei("achievements.ndjson"), ImportFormat.NDJSON,
					new ImportDefaults("zhibei", null))) {
			while (rows.hasNext()) {
				if (rows.next() instanceof RowOutcome.Accepted<Achievement> accepted) {
					documents.add(mapper.toDocument(accepted.record()));
				}
			}
		}
		return documents;
	}

	/**
	 * The development set's demands (id, title, description, maturityAtLeast?,
	 * cooperationModes?).
	 */
	public static List<JsonNode> devDemands() {
		return ndjson(shared(DEV_SET.resolve("demands-dev.ndjson")));
	}

	/** A file of ../shared, failing the test when it is not there. */
	public static Path shared(Path path) {
		return SharedData.file(path);
	}

	/** The records of an NDJSON file. */
	public static List<JsonNode> ndjson(Path path) {
		JsonMapper json = JsonMapper.builder().build();
		try {
			List<JsonNode> records = new ArrayList<>();
			for (String line : Files.readAllLines(path)) {
				if (!line.isBlank()) {
					records.add(json.readTree(line));
				}
			}
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
