package org.techmatch.matching;

import java.util.List;

import org.techmatch.graphql.PageInfo;

/** The Relay connections of matching. */
public final class Connections {

	private Connections() {
	}

	/** One edge: the node and the cursor to continue after it. */
	public record Edge<T>(String cursor, T node) {
	}

	/** {@code MatchConnection}: supply items matching a need. */
	public record MatchConnection(long totalCount, List<Edge<Match>> edges, PageInfo pageInfo) {
	}

	/** {@code DemandConnection}: demands a supply item could serve. */
	public record DemandConnection(long totalCount, List<Edge<DemandMatch>> edges, PageInfo pageInfo) {
	}

}
