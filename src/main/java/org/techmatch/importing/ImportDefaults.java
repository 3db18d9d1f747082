package org.techmatch.importing;

/**
 * What the caller knows about a whole batch: {@code sourceBatch} (e.g. "zhibei-2020",
 * "hn-2024h1"), which goes into every id and record, and the {@code region} (province,
 * e.g. 河南省) given to rows that name none; {@code region} may be null, then such rows have
 * none.
 */
public record ImportDefaults(String sourceBatch, String region) {

	public ImportDefaults {
		if (sourceBatch == null || StableIds.slug(sourceBatch).isEmpty()) {
			throw new IllegalArgumentException("sourceBatch must contain a letter or digit");
		}
		sourceBatch = sourceBatch.strip();
		region = (region != null && !region.isBlank()) ? region.strip() : null;
	}

}
