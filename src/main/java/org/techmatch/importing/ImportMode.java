package org.techmatch.importing;

/** How the rows of a kind of batch reach its index ({@link ImportStrategy#mode()}). */
public enum ImportMode {

	/**
	 * Catalogue records, which only imports write: new and changed documents go into a
	 * copy of the current generation, published once verified, under the cluster-wide
	 * import lock. Readers see the old catalogue or the new one, never half of it.
	 */
	GENERATION,

	/**
	 * Live records, which users edit while a batch arrives (demands; later
	 * recommendations): conditional bulk upserts into the live index. Each write names
	 * the revision it was decided on, so an edit made meanwhile is never overwritten (the
	 * row is reported as skipped), and an edit newer than the row is kept. No generation,
	 * no lock.
	 */
	IN_PLACE

}
