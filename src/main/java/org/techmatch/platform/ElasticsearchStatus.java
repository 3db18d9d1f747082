package org.techmatch.platform;

/** The GraphQL {@code ElasticsearchStatus} type. */
public record ElasticsearchStatus(String version, ClusterStatus status, int nodes) {

	/** Elasticsearch cluster health colours. */
	public enum ClusterStatus {

		GREEN, YELLOW, RED

	}

}
