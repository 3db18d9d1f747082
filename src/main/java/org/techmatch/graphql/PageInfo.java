package org.techmatch.graphql;

/** Relay page information of a connection. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

}
