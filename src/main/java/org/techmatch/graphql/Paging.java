package org.techmatch.graphql;

/**
 * Page-size rules shared by every connection: {@code first} is required and within
 * 1..{@value #MAX_FIRST}.
 */
public final class Paging {

	public static final int MAX_FIRST = 100;

	private Paging() {
	}

	/**
	 * The validated page size.
	 * @throws ApiException {@code BAD_USER_INPUT} when {@code first} is below 1 or above
	 * the maximum (the schema makes every {@code first} an {@code Int!}, so it is never
	 * missing)
	 */
	public static int first(int first) {
		if (first < 1 || first > MAX_FIRST) {
			throw ApiException.badInput("first", "first must be between 1 and " + MAX_FIRST + ", was " + first);
		}
		return first;
	}

}
