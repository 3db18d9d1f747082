package org.techmatch.search;

/** Order of search results; each ends with the item id as a unique tie-breaker. */
public enum SearchSort {

	RELEVANCE, NEWEST, PRICE_ASC

}
