package org.techmatch.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.ReloadSearchAnalyzersResponse;
import co.elastic.clients.elasticsearch.indices.reload_search_analyzers.ReloadDetails;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.techmatch.elastic.local.LocalCluster;

/**
 * Applies edited synonym lists without reindexing: the synonym filter is updateable and
 * used only at search time, so after the files change on the node(s) — copied by the
 * launcher for the local node, by the operator on a cluster —
 * {@code _reload_search_analyzers} on the platform's indices picks them up.
 */
@Service
public class SynonymReloader {

	private final ElasticsearchClient client;

	private final ObjectProvider<LocalCluster> localCluster;

	public SynonymReloader(ElasticsearchClient client, ObjectProvider<LocalCluster> localCluster) {
		this.client = client;
		this.localCluster = localCluster;
	}

	/**
	 * ADMIN only.
	 * @return the indices whose search analyzers were reloaded
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public List<String> reload() {
		Optional.ofNullable(this.localCluster.getIfAvailable()).ifPresent(LocalCluster::refreshSynonyms);
		try {
			ReloadSearchAnalyzersResponse response = this.client.indices()
				.reloadSearchAnalyzers((r) -> r.index(PlatformService.INDEX_PATTERN).allowNoIndices(true));
			return response.reloadDetails()
				.stream()
				.filter((details) -> !details.reloadedAnalyzers().isEmpty())
				.map(ReloadDetails::index)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
