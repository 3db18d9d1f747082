package org.techmatch.catalog;

import java.util.List;

/** The GraphQL {@code CatalogStats} type. */
public record CatalogStats(long achievements, long capabilities, List<ClusterCount> byCluster) {

	/** Achievements in one cluster. */
	public record ClusterCount(String cluster, String name, long count) {
	}

}
