package org.techmatch.elastic;

/**
 * One kind of index of the platform: always read and written through its alias
 * ({@code techmatch-achievements}), which points at one concrete generation
 * ({@code techmatch-achievements-20261128093000}). Settings and mappings come from a JSON
 * resource ({@code elastic/indices/achievements.json}); the shared Chinese analysis is
 * merged in.
 *
 * @param alias the alias readers and writers use
 * @param mappingResource the classpath resource holding the index's settings and mappings
 */
public record IndexDefinition(String alias, String mappingResource) {

	public static final String PREFIX = "techmatch-";

	/**
	 * The platform's index for {@code type}: alias {@code techmatch-<type>}, JSON
	 * {@code elastic/indices/<type>.json}.
	 */
	public static IndexDefinition of(String type) {
		return new IndexDefinition(PREFIX + type, "elastic/indices/" + type + ".json");
	}

	/** Pattern matching every generation of this index. */
	public String generationPattern() {
		return this.alias + "-*";
	}

}
