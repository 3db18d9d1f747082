package org.techmatch.importing;

/**
 * What an import does with an accepted document, given the one the index holds under the
 * same stable id.
 *
 * @param <D> the document type
 */
@FunctionalInterface
public interface WritePolicy<D> {

	/** The decision for one accepted document. */
	enum Write {

		/** No document with this id yet. */
		CREATE,

		/** The stored document is replaced. */
		UPDATE,

		/** The stored document stays as it is. */
		UNCHANGED

	}

	/**
	 * @param stored the document the index holds under the same id, null when none
	 * @param imported the document the row became
	 */
	Write decide(D stored, D imported);

	/**
	 * Upsert by stable id: a new id is created, a different document replaces the stored
	 * one, and an identical one is left alone (importing a file twice changes nothing).
	 */
	static <D> WritePolicy<D> upsertByStableId() {
		return (stored, imported) -> {
			if (stored == null) {
				return Write.CREATE;
			}
			return stored.equals(imported) ? Write.UNCHANGED : Write.UPDATE;
		};
	}

}
