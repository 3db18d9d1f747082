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
		UNCHANGED,

		/**
		 * The stored document differs but is kept: it is newer than the row (an edit made
		 * after the batch was exported). Reported with the row and
		 * {@link WritePolicy#skipReason}.
		 */
		SKIP

	}

	/**
	 * @param stored the document the index holds under the same id, null when none
	 * @param imported the document the row became
	 */
	Write decide(D stored, D imported);

	/** Why {@link Write#SKIP} was decided, in words an operator can act on. */
	default String skipReason(D stored, D imported) {
		return "the stored record is newer than this row and was kept";
	}

	/**
	 * Live records: like {@link #upsertByStableId()}, except that a stored record changed
	 * later than the row ({@code updatedAt} of the stored document after the row's) is
	 * kept, so an import never overwrites an edit made since the batch was exported.
	 * @param updatedAt when a document was last changed (null: unknown, never newer)
	 * @param same whether two documents say the same (e.g. ignoring what the row never
	 * carries)
	 */
	static <D> WritePolicy<D> keepNewerEdit(java.util.function.Function<D, java.time.Instant> updatedAt,
			java.util.function.BiPredicate<D, D> same) {
		return new WritePolicy<>() {

			@Override
			public Write decide(D stored, D imported) {
				if (stored == null) {
					return Write.CREATE;
				}
				if (same.test(stored, imported)) {
					return Write.UNCHANGED;
				}
				java.time.Instant storedAt = updatedAt.apply(stored);
				java.time.Instant rowAt = updatedAt.apply(imported);
				return (storedAt != null && rowAt != null && storedAt.isAfter(rowAt)) ? Write.SKIP : Write.UPDATE;
			}

			@Override
			public String skipReason(D stored, D imported) {
				return "kept the stored record: changed at " + updatedAt.apply(stored) + ", after this row (of "
						+ updatedAt.apply(imported) + ")";
			}

		};
	}

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
