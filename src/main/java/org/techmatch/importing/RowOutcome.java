package org.techmatch.importing;

import java.util.List;

/**
 * What became of one source row: accepted as a domain record (to be created, updated or
 * left unchanged by the indexing side), or rejected with every problem found in it, never
 * just the first.
 */
public sealed interface RowOutcome<T> {

	int rowNumber();

	/** A row that became {@code record}, whose stable id is {@code id}. */
	record Accepted<T>(int rowNumber, String id, T record) implements RowOutcome<T> {
	}

	/** A row that was not imported, with at least one problem. */
	record Rejected<T>(int rowNumber, List<RowProblem> problems) implements RowOutcome<T> {

		public Rejected {
			if (problems.isEmpty()) {
				throw new IllegalArgumentException("A rejected row needs a problem");
			}
			problems = List.copyOf(problems);
		}

	}

}
