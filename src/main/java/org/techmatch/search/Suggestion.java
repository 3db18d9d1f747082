package org.techmatch.search;

/**
 * An autocomplete suggestion: the text, where it comes from, and the item id or chain
 * code when there is one.
 */
public record Suggestion(String text, Kind kind, String id) {

	/** Source of a suggestion. */
	public enum Kind {

		TITLE, KEYWORD, CHAIN

	}

}
