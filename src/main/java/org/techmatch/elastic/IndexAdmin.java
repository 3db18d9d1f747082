package org.techmatch.elastic;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.json.JsonData;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Index generations behind aliases. A full load creates a new generation, fills it, and
 * {@link #publish publishes} it: the alias moves to it atomically once its document count
 * is verified, and the old generation is deleted. Readers only ever see a complete index.
 */
@Service
public class IndexAdmin {

	static final String ANALYSIS_RESOURCE = "elastic/analysis/zh-analysis.json";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final Log logger = LogFactory.getLog(IndexAdmin.class);

	/**
	 * Key in {@code mappings._meta} holding the fingerprint of the definition a
	 * generation was made from.
	 */
	static final String DEFINITION_META = "definition";

	private static final int SCAN_PAGE = 1000;

	private static final String REPLICA_WAIT = "60s";

	private final ElasticsearchClient client;

	private final JsonMapper json;

	private final Clock clock;

	public IndexAdmin(ElasticsearchClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
		this.clock = Clock.systemUTC();
	}

	/** The concrete index the alias points at, if any. */
	public Optional<String> currentGeneration(IndexDefinition definition) {
		try {
			if (!this.client.indices().existsAlias((e) -> e.name(definition.alias())).value()) {
				return Optional.empty();
			}
			GetAliasResponse response = this.client.indices().getAlias((g) -> g.name(definition.alias()));
			return response.aliases().keySet().stream().sorted().reduce((first, second) -> second);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Creates an empty generation, tuned for bulk loading: no refresh and no replica
	 * until published (each document is analysed once, on the primary; the replica is
	 * then copied as whole segments).
	 * @return its concrete name, {@code techmatch-<type>-<yyyyMMddHHmmss>}
	 */
	public String createGeneration(IndexDefinition definition) {
		ObjectNode index = indexBody(definition);
		ObjectNode loading = (ObjectNode) index.get("settings");
		loading.put("refresh_interval", "-1");
		loading.put("auto_expand_replicas", "false");
		loading.put("number_of_replicas", 0);
		String body = this.json.writeValueAsString(index);
		String name = nextGenerationName(definition);
		try {
			this.client.indices().create((c) -> c.index(name).withJson(new StringReader(body)));
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code <alias>-<yyyyMMddHHmmss>} of now, or of the next free second. */
	public String nextGenerationName(IndexDefinition definition) {
		LocalDateTime stamp = LocalDateTime.now(this.clock);
		try {
			while (true) {
				String name = definition.alias() + "-" + STAMP.format(stamp);
				if (!this.client.indices().exists((e) -> e.index(name)).value()) {
					return name;
				}
				stamp = stamp.plusSeconds(1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes {@code generation} the one the alias points at, once it holds exactly
	 * {@code expectedCount} documents and has its replicas (as many as the definition's
	 * {@code auto_expand_replicas} gives on this cluster: one when there are two or more
	 * data nodes); then deletes the generations it replaced.
	 * @throws IndexVerificationException when the count differs (the alias is left where
	 * it was)
	 */
	public void publish(IndexDefinition definition, String generation, long expectedCount) {
		String replicas = indexBody(definition).path("settings").path("auto_expand_replicas").asString("0-1");
		try {
			this.client.indices()
				.putSettings((p) -> p.index(generation)
					.settings((s) -> s.refreshInterval((t) -> t.time("1s")).autoExpandReplicas(replicas)));
			this.client.indices().refresh((r) -> r.index(generation));
			long count = this.client.count((c) -> c.index(generation)).count();
			if (count != expectedCount) {
				throw new IndexVerificationException(generation, expectedCount, count);
			}
			awaitReplicas(generation);
			Set<String> previous = generationsBehindAlias(definition);
			this.client.indices().updateAliases((u) -> {
				for (String old : previous) {
					u.actions((a) -> a.remove((r) -> r.index(old).alias(definition.alias())));
				}
				return u.actions((a) -> a.add((add) -> add.index(generation).alias(definition.alias())));
			});
			logger.info("Alias " + definition.alias() + " -> " + generation + " (" + count + " documents)");
			for (String old : previous) {
				if (!old.equals(generation)) {
					this.client.indices().delete((d) -> d.index(old));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits (at most {@link #REPLICA_WAIT}) until every copy of {@code index} is
	 * allocated, so the alias never moves to an index a single node failure could take
	 * away; on a single node that is at once. A cluster that cannot place the replica now
	 * (a node is down) publishes anyway; Elasticsearch places it once it can.
	 */
	private void awaitReplicas(String index) throws IOException {
		HealthResponse health = this.client.cluster()
			.health((h) -> h.index(index).waitForStatus(HealthStatus.Green).timeout((t) -> t.time(REPLICA_WAIT)));
		if (health.timedOut()) {
			logger
				.warn(index + " is " + health.status() + " after " + REPLICA_WAIT + "; published without all replicas");
		}
	}

	/** Number of documents in an index (after a refresh). */
	public long count(String index) {
		try {
			this.client.indices().refresh((r) -> r.index(index));
			return this.client.count((c) -> c.index(index)).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Copies the {@code current} generation into a new one with the same settings and
	 * mappings (Elasticsearch's {@code _clone}: hard links, fast). The source is
	 * write-blocked only while the clone is made.
	 * @return the new generation's name
	 */
	public String cloneGeneration(IndexDefinition definition, String current) {
		return cloneInto(current, nextGenerationName(definition));
	}

	/**
	 * {@link #cloneGeneration} into a given name. A clone request the client sent again
	 * to another node (the first one dropped out after Elasticsearch had made the copy)
	 * meets the copy it made: a target that already exists and holds what a clone of
	 * {@code current} holds is taken as made by this call (its name was free when chosen,
	 * under the import lock). Any other existing target fails the clone and is left
	 * alone.
	 */
	String cloneInto(String current, String target) {
		boolean foreignTarget = false;
		try {
			this.client.indices().putSettings((p) -> p.index(current).settings((s) -> s.blocks((b) -> b.write(true))));
			try {
				this.client.indices()
					.clone((c) -> c.index(current).target(target).waitForActiveShards((w) -> w.count(1)));
			}
			catch (ElasticsearchException ex) {
				if (!"resource_already_exists_exception".equals(ex.error().type())) {
					throw ex;
				}
				foreignTarget = true;
				awaitPrimaries(target);
				if (!looksLikeCloneOf(target, current)) {
					throw ex;
				}
				foreignTarget = false;
				logger.info(target + " already exists as a clone of " + current
						+ ": made by this clone request before it was sent again");
			}
			finally {
				this.client.indices()
					.putSettings((p) -> p.index(current).settings((s) -> s.blocks((b) -> b.write(false))));
			}
			this.client.indices()
				.putSettings((p) -> p.index(target)
					.settings((s) -> s.blocks((b) -> b.write(false)).refreshInterval((t) -> t.time("-1"))));
			return target;
		}
		catch (IOException | RuntimeException ex) {
			// the copy may exist although the request failed: never leave it behind (but
			// an index this call did not make is not ours to delete)
			if (!foreignTarget) {
				discardQuietly(target);
			}
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	private void awaitPrimaries(String index) throws IOException {
		HealthResponse health = this.client.cluster()
			.health((h) -> h.index(index).waitForStatus(HealthStatus.Yellow).timeout((t) -> t.time(REPLICA_WAIT)));
		if (health.timedOut()) {
			throw new IllegalStateException(index + " has no active primaries after " + REPLICA_WAIT);
		}
	}

	/**
	 * Whether {@code target} holds what a clone of {@code current} holds: the same
	 * definition and, the source being write-blocked, the same number of documents
	 * (Elasticsearch does not show which index a clone was made from).
	 */
	private boolean looksLikeCloneOf(String target, String current) throws IOException {
		String definition = definitionOf(target);
		return definition != null && definition.equals(definitionOf(current)) && count(target) == count(current);
	}

	private String definitionOf(String index) throws IOException {
		var mapping = this.client.indices().getMapping((m) -> m.index(index)).get(index);
		if (mapping == null || mapping.mappings().meta() == null) {
			return null;
		}
		JsonData stored = mapping.mappings().meta().get(DEFINITION_META);
		return (stored != null) ? stored.to(String.class) : null;
	}

	private void discardQuietly(String generation) {
		try {
			discard(generation);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete the unfinished generation " + generation + ": " + ex.getMessage());
		}
	}

	/**
	 * Every document of {@code index}, read lazily in pages of {@value #SCAN_PAGE} by
	 * {@code search_after} on the {@code id} field every platform index has.
	 */
	public Iterable<Hit<JsonData>> scan(String index) {
		return () -> new Iterator<>() {

			private List<Hit<JsonData>> page = List.of();

			private int next;

			private String after;

			private boolean exhausted;

			@Override
			public boolean hasNext() {
				if (this.next < this.page.size()) {
					return true;
				}
				if (this.exhausted) {
					return false;
				}
				try {
					String from = this.after;
					this.page = IndexAdmin.this.client.search((s) -> {
						s.index(index).size(SCAN_PAGE).sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)));
						if (from != null) {
							s.searchAfter(FieldValue.of(from));
						}
						return s;
					}, JsonData.class).hits().hits();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.next = 0;
				this.exhausted = this.page.size() < SCAN_PAGE;
				if (!this.page.isEmpty()) {
					this.after = this.page.get(this.page.size() - 1).id();
				}
				return !this.page.isEmpty();
			}

			@Override
			public Hit<JsonData> next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.get(this.next++);
			}

		};
	}

	/**
	 * Sets or lifts {@code index.blocks.write} on an index: while set, every write to it
	 * is refused (never acknowledged).
	 */
	public void blockWrites(String index, boolean blocked) {
		try {
			this.client.indices().putSettings((p) -> p.index(index).settings((s) -> s.blocks((b) -> b.write(blocked))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes a generation that was not published (a failed or abandoned load). */
	public void discard(String generation) {
		try {
			this.client.indices().delete((d) -> d.index(generation).ignoreUnavailable(true));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes generations no alias points at, left by a load that crashed. Only for the
	 * holder of the {@link ImportLock} (another process may be building one of them):
	 * everyone else calls {@link IndexGenerations#removeAbandonedGenerations}.
	 */
	public void removeAbandonedGenerations(IndexDefinition definition) {
		try {
			Set<String> live = generationsBehindAlias(definition);
			List<String> all = this.client.indices()
				.get((g) -> g.index(definition.generationPattern()).allowNoIndices(true))
				.indices()
				.keySet()
				.stream()
				.toList();
			for (String index : all) {
				if (!live.contains(index)) {
					logger.info("Deleting abandoned index generation " + index);
					discard(index);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Set<String> generationsBehindAlias(IndexDefinition definition) throws IOException {
		if (!this.client.indices().existsAlias((e) -> e.name(definition.alias())).value()) {
			return Set.of();
		}
		return this.client.indices().getAlias((g) -> g.name(definition.alias())).aliases().keySet();
	}

	/**
	 * The index JSON with the shared analysis settings merged into
	 * {@code settings.analysis}, and a fingerprint of it all in
	 * {@code mappings._meta.definition}, so that a generation made from an older
	 * definition is recognised.
	 */
	ObjectNode indexBody(IndexDefinition definition) {
		ObjectNode index = (ObjectNode) read(definition.mappingResource());
		JsonNode analysis = read(ANALYSIS_RESOURCE).path("analysis");
		ObjectNode settings = index.has("settings") ? (ObjectNode) index.get("settings") : index.putObject("settings");
		settings.set("analysis", analysis);
		String fingerprint = fingerprint(index);
		ObjectNode mappings = index.has("mappings") ? (ObjectNode) index.get("mappings") : index.putObject("mappings");
		mappings.putObject("_meta").put(DEFINITION_META, fingerprint);
		return index;
	}

	/**
	 * Whether {@code generation} was made from the definition as it is now (its mapping's
	 * fingerprint matches).
	 */
	public boolean isCurrent(IndexDefinition definition, String generation) {
		String wanted = indexBody(definition).path("mappings").path("_meta").path(DEFINITION_META).asString();
		try {
			var mapping = this.client.indices().getMapping((m) -> m.index(generation)).get(generation);
			if (mapping == null || mapping.mappings().meta() == null) {
				return false;
			}
			var stored = mapping.mappings().meta().get(DEFINITION_META);
			return stored != null && wanted.equals(stored.to(String.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String fingerprint(JsonNode body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.json.writeValueAsBytes(body));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return this.json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
