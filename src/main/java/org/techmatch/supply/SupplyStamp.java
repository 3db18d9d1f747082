package org.techmatch.supply;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.techmatch.catalog.CatalogIndices;

/**
 * What the supply indices hold, as a stamp that changes whenever a search could see
 * something it did not see before: per shard copy of each catalogue index behind its
 * alias, the highest sequence number written and the number of refreshes that exposed
 * writes to search ({@code _stats/refresh}, {@code external_total}; a refresh with
 * nothing new does not count). A new generation behind an alias, an import, an edited or
 * removed item and a vector written all change it, from whichever instance or client
 * wrote them.
 * <p>
 * Read once a second in the background ({@link #current()}), and at once after this
 * instance's own catalogue writes ({@link #check()}). A result computed from searches
 * that began after the stamp was read, and labelled with it, is current exactly while the
 * stamp has not changed: a write the searches missed because it was not yet refreshed
 * changes the stamp when its refresh comes. Null while the cluster does not answer:
 * nothing is current then.
 */
@Component
public class SupplyStamp implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SupplyStamp.class);

	private static final String FILTER = "indices.*.shards.*.refresh.external_total,"
			+ "indices.*.shards.*.seq_no.max_seq_no,indices.*.shards.*.routing.node";

	private final Rest5Client restClient;

	private final JsonMapper json;

	private final long intervalMillis;

	private volatile String current;

	private volatile boolean warned;

	private ScheduledExecutorService poller;

	public SupplyStamp(Rest5Client restClient, JsonMapper json,
			@Value("${techmatch.matching.stamp-interval:1s}") java.time.Duration interval) {
		this.restClient = restClient;
		this.json = json;
		this.intervalMillis = Math.max(100, interval.toMillis());
	}

	/** The stamp as last read (at most a poll interval old), null when unknown. */
	public String current() {
		return this.current;
	}

	/** Reads the stamp now (after a catalogue write of this instance) and returns it. */
	public String check() {
		String read;
		try {
			read = read();
			this.warned = false;
		}
		catch (IOException | RuntimeException ex) {
			if (!this.warned) {
				logger.warn("Could not read the supply indices' stamp (stored matches are bypassed meanwhile): " + ex);
				this.warned = true;
			}
			read = null;
		}
		this.current = read;
		return read;
	}

	private String read() throws IOException {
		Request request = new Request("GET", "/" + CatalogIndices.ACHIEVEMENTS.alias() + ","
				+ CatalogIndices.CAPABILITIES.alias() + "/_stats/refresh");
		request.addParameter("level", "shards");
		request.addParameter("ignore_unavailable", "true");
		request.addParameter("allow_no_indices", "true");
		request.addParameter("filter_path", FILTER);
		JsonNode indices = this.json.readTree(this.restClient.performRequest(request).getEntity().getContent())
			.path("indices");
		List<String> copies = new ArrayList<>();
		for (Map.Entry<String, JsonNode> index : indices.properties()) {
			for (Map.Entry<String, JsonNode> shard : index.getValue().path("shards").properties()) {
				for (JsonNode copy : shard.getValue()) {
					copies
						.add(index.getKey() + "/" + shard.getKey() + "@" + copy.path("routing").path("node").asString()
								+ ":" + copy.path("seq_no").path("max_seq_no").asLong() + ":"
								+ copy.path("refresh").path("external_total").asLong());
				}
			}
		}
		copies.sort(null);
		return String.join(";", copies);
	}

	@Override
	public void start() {
		this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "supply-stamp");
			thread.setDaemon(true);
			return thread;
		});
		this.poller.scheduleWithFixedDelay(this::check, 0, this.intervalMillis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
		this.current = null;
	}

	@Override
	public boolean isRunning() {
		return this.poller != null;
	}

	/** After the index upgrades and loaders, before the web server opens. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1700;
	}

}
