package org.techmatch.graphql;

/** The values of {@code UserError.code}. */
public enum UserErrorCode {

	/** A required value is missing or blank. */
	REQUIRED,
	/** Text shorter than allowed. */
	TOO_SHORT,
	/** Text longer than allowed. */
	TOO_LONG,
	/** More list entries than allowed. */
	TOO_MANY,
	/** A malformed value (e.g. a version or budget that cannot be read). */
	INVALID,
	/** A negative amount. */
	NEGATIVE,
	/** A date that must be in the future is not. */
	IN_THE_PAST,
	/** An industrial chain that is not in the taxonomy. */
	UNKNOWN_CHAIN,
	/** The object does not exist. */
	NOT_FOUND,
	/**
	 * Someone changed the object since the version the client read; nothing was changed.
	 */
	CONFLICT,
	/** The object is closed and cannot change any more. */
	CLOSED,
	/** The e-mail address and password do not match an enabled account. */
	INVALID_CREDENTIALS,
	/** A status change the state machine does not allow (e.g. CONTRACTED → OPEN). */
	INVALID_TRANSITION,
	/**
	 * The demand is not held by the caller (claim it with assignDemand first), or by
	 * nobody when it should be.
	 */
	NOT_ASSIGNED,
	/** The same thing exists already (e.g. the item was recommended for this demand). */
	DUPLICATE

}
