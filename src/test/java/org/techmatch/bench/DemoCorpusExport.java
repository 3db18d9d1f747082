package org.techmatch.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Capability;

/**
 * Writes demo records as import batches (NDJSON with the importer's canonical column
 * names).
 */
public final class DemoCorpusExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DemoCorpusExport() {
	}

	public static Path achievements(List<Achievement> achievements, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (Achievement a : achievements) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("sourceId", a.sourceId());
				row.put("title", a.title());
				row.put("summary", a.summary());
				row.put("description", a.description());
				row.put("keywords", String.join("；", a.keywords()));
				row.put("technicalField", a.technicalField().domain() + "-" + a.technicalField().subfield());
				row.put("chain", a.chain());
				row.put("maturity", a.maturity().name());
				row.put("trl", (a.trl() != null) ? a.trl().toString() : null);
				row.put("ipType", a.ip().type().name());
				row.put("patentNumbers", String.join("；", a.ip().patentNumbers()));
				row.put("transferModes", a.transferModes().stream().map(Enum::name).collect(Collectors.joining("、")));
				row.put("price", price(a.price()));
				row.put("institutionName", a.institution().name());
				row.put("institutionType", a.institution().type().name());
				row.put("city", a.institution().city());
				row.put("region", a.region());
				row.put("publishedDate", a.publishedDate().toString());
				row.put("contactPerson", a.contact().person());
				row.put("contactPhone", a.contact().phone());
				row.put("contactEmail", a.contact().email());
				out.write(JSON.writeValueAsString(row));
				out.write('\n');
			}
		}
		return file;
	}

	public static Path capabilities(List<Capability> capabilities, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (Capability c : capabilities) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("sourceId", c.sourceId());
				row.put("institutionName", c.institution().name());
				row.put("institutionType", c.institution().type().name());
				row.put("team", c.team());
				row.put("title", c.title());
				row.put("description", c.description());
				row.put("serviceTypes", c.serviceTypes().stream().map(Enum::name).collect(Collectors.joining("；")));
				row.put("technicalFields",
						c.technicalFields()
							.stream()
							.map((f) -> f.domain() + "-" + f.subfield())
							.collect(Collectors.joining("；")));
				row.put("chains", String.join("；", c.chains()));
				row.put("equipment", String.join("；", c.equipment()));
				row.put("representativeResults", String.join("；", c.representativeResults()));
				row.put("representativeAchievementIds", String.join("；", c.representativeAchievementIds()));
				row.put("city", c.city());
				row.put("publishedDate", c.publishedDate().toString());
				row.put("contactPerson", c.contact().person());
				row.put("contactPhone", c.contact().phone());
				row.put("contactEmail", c.contact().email());
				out.write(JSON.writeValueAsString(row));
				out.write('\n');
			}
		}
		return file;
	}

	private static String price(AskingPrice price) {
		return price.negotiable() ? "面议" : price.minWan() + "万元-" + price.maxWan() + "万元";
	}

}
