package org.techmatch.graphql;

import java.util.Optional;

/**
 * Resolves global ids of one feature for {@code node(id:)}. Ids carry their type as a
 * prefix ({@code ach-}, {@code cap-}, …), so each feature contributes one resolver bean
 * for its prefixes.
 */
public interface NodeResolver {

	boolean handles(String id);

	Optional<Object> resolve(String id);

}
