package org.techmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Header aliases → canonical field names, per {@link ImportKind}, read from
 * {@value #RESOURCE}. Headers are compared by {@link HeaderNames#normalize}; a canonical
 * name always matches itself. Some known columns are listed as ignored (read but not
 * imported, e.g. zhibei's {@code jstgfs}), so they are not reported as unknown. One alias
 * may not name two fields of the same kind.
 */
public final class ColumnMapping {

	public static final String RESOURCE = "importing/import-columns.json";

	private final Map<ImportKind, Map<String, String>> fieldByHeader = new HashMap<>();

	private final Map<ImportKind, Set<String>> ignored = new HashMap<>();

	private final Map<ImportKind, Map<String, List<String>>> aliases = new HashMap<>();

	/** Reads the mapping from the classpath. */
	public static ColumnMapping load() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new ColumnMapping(JsonMapper.builder().build().readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	ColumnMapping(JsonNode root) {
		for (ImportKind kind : ImportKind.values()) {
			JsonNode section = root.required(kind.section());
			Map<String, String> byHeader = new HashMap<>();
			Map<String, List<String>> byField = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : section.required("fields").properties()) {
				List<String> names = new java.util.ArrayList<>();
				names.add(field.getKey());
				field.getValue().forEach(alias -> names.add(alias.asString()));
				for (String name : names) {
					String previous = byHeader.putIfAbsent(HeaderNames.normalize(name), field.getKey());
					if (previous != null && !previous.equals(field.getKey())) {
						throw new IllegalStateException(RESOURCE + ": header '" + name + "' names both " + previous
								+ " and " + field.getKey() + " in " + kind.section());
					}
				}
				byField.put(field.getKey(), List.copyOf(names));
			}
			Set<String> skip = new HashSet<>();
			section.path("ignored").forEach(name -> skip.add(HeaderNames.normalize(name.asString())));
			this.fieldByHeader.put(kind, byHeader);
			this.ignored.put(kind, skip);
			this.aliases.put(kind, byField);
		}
	}

	/** The canonical field a header stands for, if any. */
	public Optional<String> fieldFor(ImportKind kind, String header) {
		return Optional.ofNullable(this.fieldByHeader.get(kind).get(HeaderNames.normalize(header)));
	}

	/** Whether a header is a known column that is deliberately not imported. */
	public boolean isIgnored(ImportKind kind, String header) {
		return this.ignored.get(kind).contains(HeaderNames.normalize(header));
	}

	/**
	 * Canonical fields of a kind with their accepted headers (the field name first), in
	 * file order.
	 */
	public Map<String, List<String>> fields(ImportKind kind) {
		return java.util.Collections.unmodifiableMap(this.aliases.get(kind));
	}

}
