package org.techmatch.catalog.importing;

/** What a batch holds; names the section of {@code catalog/import-columns.json} that applies. */
public enum ImportKind {

	ACHIEVEMENT("achievement"), CAPABILITY("capability");

	private final String section;

	ImportKind(String section) {
		this.section = section;
	}

	String section() {
		return this.section;
	}

}
