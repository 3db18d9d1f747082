package org.techmatch.catalog.importing;

/** What a batch holds (supply of either kind, or enterprise demands); names the section of {@code catalog/import-columns.json} that applies. */
public enum ImportKind {

	ACHIEVEMENT("achievement"), CAPABILITY("capability"), DEMAND("demand");

	private final String section;

	ImportKind(String section) {
		this.section = section;
	}

	String section() {
		return this.section;
	}

}
