package org.techmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.techmatch.catalog.CatalogIndices;

/**
 * The point in time that first pages of {@code search} run on, shared by all requests and
 * renewed every {@code techmatch.search.snapshot-refresh} (30 s): paging gets a fixed
 * view of both catalogue indices (no skipped or repeated items while the catalogue
 * changes), and a first page costs one request rather than two (open PIT, search). A
 * renewed snapshot does not close the previous one: cursors keep using it, each page
 * extending its keep-alive, and it expires by itself when nobody pages on it. New or
 * changed items therefore show up in search within the refresh interval.
 */
@Component
public class SupplySnapshot {

	private final ElasticsearchClient client;

	private final List<String> indices;

	private final Duration refresh;

	private final Clock clock;

	private volatile Current current;

	@Autowired
	public SupplySnapshot(ElasticsearchClient client,
			@Value("${techmatch.search.snapshot-refresh:30s}") Duration refresh) {
		this(client, List.of(CatalogIndices.ACHIEVEMENTS.alias(), CatalogIndices.CAPABILITIES.alias()), refresh,
				Clock.systemUTC());
	}

	SupplySnapshot(ElasticsearchClient client, List<String> indices, Duration refresh, Clock clock) {
		this.client = client;
		this.indices = List.copyOf(indices);
		this.refresh = refresh;
		this.clock = clock;
	}

	/** The indices (aliases) the snapshot covers. */
	public List<String> indices() {
		return this.indices;
	}

	/**
	 * The id of the current point in time, opening a new one when the current one is
	 * older than the refresh.
	 */
	public String pointInTime() {
		Current now = this.current;
		if (now != null && now.openedAt.plus(this.refresh).isAfter(this.clock.instant())) {
			return now.id;
		}
		synchronized (this) {
			if (this.current == null || this.current == now) {
				this.current = new Current(open(), this.clock.instant());
			}
			return this.current.id;
		}
	}

	/**
	 * Forgets {@code id} when it is the current one (it expired or its index went away):
	 * the next call opens anew.
	 */
	public synchronized void discard(String id) {
		if (this.current != null && this.current.id.equals(id)) {
			this.current = null;
		}
	}

	private String open() {
		try {
			return this.client
				.openPointInTime((o) -> o.index(this.indices)
					.keepAlive((k) -> k.time(SearchQueryBuilder.KEEP_ALIVE))
					.ignoreUnavailable(true))
				.id();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Current(String id, Instant openedAt) {
	}

}
