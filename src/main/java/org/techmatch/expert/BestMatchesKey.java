package org.techmatch.expert;

import java.util.List;

/**
 * What one {@code QueueEntry.bestMatches} field asks for: the demand's first
 * {@code first} matches, with {@code longFields} of their items (the long text fields the
 * client selected on them).
 */
record BestMatchesKey(String demandId, int first, List<String> longFields) {

	BestMatchesKey {
		longFields = List.copyOf(longFields);
	}

}
