package org.techmatch.elastic;

/**
 * One kind of index of the platform: always read and written through its alias ({@code techmatch-achievements}),
 * which points at one concrete generation ({@code techmatch-achievements-20261128093000}). Its settings and mappings
 * are {@code elastic/indices/<type>.json}; the shared Chinese analysis is {@code elastic/analysis/zh-analysis.json}.
 *
 * @param type the plural type name, e.g. {@code achievements}
 */
public record IndexDefinition(String type) {

	public static final String PREFIX = "techmatch-";

	public String alias() {
		return PREFIX + this.type;
	}

	/** Pattern matching every generation of this index. */
	public String generationPattern() {
		return alias() + "-*";
	}

	public String mappingResource() {
		return "elastic/indices/" + this.type + ".json";
	}

}
