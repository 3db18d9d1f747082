package org.techmatch.graphql;

/** The values of {@code extensions.code} on every GraphQL error the platform returns. */
public enum ErrorCode {

	/**
	 * The request is malformed or asks for something not allowed (bad argument, unknown
	 * enum, oversize page).
	 */
	BAD_USER_INPUT,
	/** The requested object does not exist (or is not visible to the caller). */
	NOT_FOUND,
	/** The field needs a signed-in caller and the request carries no credential. */
	UNAUTHENTICATED,
	/** The caller is signed in but may not do this. */
	FORBIDDEN,
	/**
	 * Too many requests from this caller (account, or address when anonymous); retry
	 * later.
	 */
	RATE_LIMITED,
	/** The query is too deep or too costly. */
	QUERY_TOO_COMPLEX,
	/** The request ran longer than the request timeout; retry with a smaller query. */
	TIMEOUT,
	/** Elasticsearch is down, unreachable or timing out; retry later. */
	UNAVAILABLE,
	/**
	 * Anything unexpected; {@code extensions.requestId} identifies it in the server log.
	 */
	INTERNAL

}
