package org.techmatch.catalog;

import java.time.LocalDate;

/**
 * 供给: a supply item, an {@link Achievement} or a {@link Capability}. The GraphQL
 * interface {@code SupplyItem} is resolved from the Java type ({@link #type()}), and code
 * that treats the two kinds differently says so with {@code instanceof} on this closed
 * set rather than with id prefixes.
 */
public sealed interface SupplyItem permits Achievement, Capability {

	String id();

	String title();

	Institution institution();

	String sourceBatch();

	String sourceId();

	LocalDate publishedDate();

	/** Not public: left out of search and match responses. */
	Contact contact();

	/** The kind of this item, from its Java type. */
	default SupplyType type() {
		return (this instanceof Capability) ? SupplyType.CAPABILITY : SupplyType.ACHIEVEMENT;
	}

}
