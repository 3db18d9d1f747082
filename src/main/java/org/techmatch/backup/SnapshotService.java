package org.techmatch.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.snapshot.CreateSnapshotResponse;
import co.elastic.clients.elasticsearch.snapshot.RestoreResponse;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.techmatch.elastic.ImportLock;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexUpgrades;

/**
 * Backups of the platform's indices as Elasticsearch snapshots in one repository
 * ({@code techmatch.snapshot.repository}, default {@value #DEFAULT_REPOSITORY}). When the
 * repository does not exist it is registered as a shared-file-system ({@code fs})
 * repository at {@code techmatch.snapshot.location} (default {@code techmatch}), which
 * the node resolves under its {@code path.repo}: the local node has
 * {@code <node dir>/snapshots}; an external cluster needs {@code path.repo} on every node
 * (a shared mount), or a repository registered beforehand under that name (S3, Azure, …),
 * which is then used as it is.
 * <ul>
 * <li>{@link #create}: the current generation of every platform index (not the lock
 * index), without the cluster's global state.</li>
 * <li>{@link #restore}: each chosen index of a snapshot is restored as a new generation
 * and its alias moved to it atomically once the restore completed, under the import lock;
 * the generation it replaces is deleted. Readers never see a missing index; everything
 * written after the snapshot in those indices is gone, as a restore means.</li>
 * </ul>
 */
@Service
public class SnapshotService {

	static final String DEFAULT_REPOSITORY = "techmatch-backups";

	private static final DateTimeFormatter NAME_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** A generation's name: its alias, a dash, 14 digits. */
	private static final Pattern GENERATION = Pattern.compile("(techmatch-[a-z0-9-]+)-(\\d{14})");

	/** What a snapshot may be named (Elasticsearch wants lowercase, no spaces). */
	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,100}");

	private static final Log logger = LogFactory.getLog(SnapshotService.class);

	private final ElasticsearchClient client;

	private final IndexAdmin indexAdmin;

	private final ImportLock lock;

	private final String repository;

	private final String location;

	public SnapshotService(ElasticsearchClient client, IndexAdmin indexAdmin, ImportLock lock,
			@Value("${techmatch.snapshot.repository:" + DEFAULT_REPOSITORY + "}") String repository,
			@Value("${techmatch.snapshot.location:techmatch}") String location) {
		this.client = client;
		this.indexAdmin = indexAdmin;
		this.lock = lock;
		this.repository = repository;
		this.location = location;
	}

	/** One snapshot as listed. */
	public record Snapshot(String name, String state, String start, String end, List<String> indices,
			int shardsFailed) {

		static Snapshot of(SnapshotInfo info) {
			int failed = (info.shards() != null) ? info.shards().failed().intValue() : 0;
			return new Snapshot(info.snapshot(), info.state(), instant(info.startTimeInMillis()),
					instant(info.endTimeInMillis()), info.indices().stream().sorted().toList(), failed);
		}

	}

	private static String instant(Long epochMillis) {
		return (epochMillis != null) ? java.time.Instant.ofEpochMilli(epochMillis).toString() : null;
	}

	/** What a restore did to one index. */
	public record Restored(String alias, String fromIndex, String generation, long documents) {
	}

	public String repository() {
		return this.repository;
	}

	/**
	 * Snapshots the current generation of every platform index.
	 * @param name null for {@code techmatch-<yyyyMMdd-HHmmss>} (UTC)
	 * @throws IllegalArgumentException for a name Elasticsearch would refuse
	 */
	public Snapshot create(String name) {
		String snapshot = (name != null) ? checkedName(name)
				: "techmatch-" + NAME_STAMP.format(LocalDateTime.now(ZoneOffset.UTC));
		ensureRepository();
		List<String> indices = new ArrayList<>();
		for (IndexDefinition definition : IndexUpgrades.definitions()) {
			this.indexAdmin.currentGeneration(definition).ifPresent(indices::add);
		}
		if (indices.isEmpty()) {
			throw new IllegalStateException("the cluster holds no platform index to snapshot");
		}
		try {
			CreateSnapshotResponse response = this.client.snapshot()
				.create((c) -> c.repository(this.repository)
					.snapshot(snapshot)
					.indices(indices)
					.includeGlobalState(false)
					.waitForCompletion(true));
			Snapshot created = Snapshot.of(response.snapshot());
			logger.info("Snapshot " + snapshot + " in " + this.repository + ": " + created.state() + ", "
					+ created.indices().size() + " indices");
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The repository's snapshots, oldest first (none when it does not exist yet). */
	public List<Snapshot> list() {
		try {
			if (!repositoryExists()) {
				return List.of();
			}
			return this.client.snapshot()
				.get((g) -> g.repository(this.repository).snapshot("_all"))
				.snapshots()
				.stream()
				.map(Snapshot::of)
				.sorted(Comparator.comparing(Snapshot::start, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Restores the platform indices a snapshot holds, each as a new generation behind its
	 * alias.
	 * @param only the index types to restore ({@code demands}, {@code accounts}, …);
	 * empty for all
	 * @throws IllegalArgumentException when there is no such snapshot, or it holds none
	 * of the chosen indices
	 */
	public List<Restored> restore(String name, Set<String> only) {
		Snapshot snapshot = find(checkedName(name))
			.orElseThrow(() -> new IllegalArgumentException("no snapshot " + name + " in " + this.repository));
		Map<String, IndexDefinition> platform = new java.util.HashMap<>();
		for (IndexDefinition definition : IndexUpgrades.definitions()) {
			platform.put(definition.alias(), definition);
		}
		List<String[]> chosen = new ArrayList<>();
		for (String index : snapshot.indices()) {
			Matcher m = GENERATION.matcher(index);
			if (m.matches() && platform.containsKey(m.group(1))) {
				String type = m.group(1).substring(IndexDefinition.PREFIX.length());
				if (only.isEmpty() || only.contains(type)) {
					chosen.add(new String[] { index, m.group(1) });
				}
			}
		}
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException("snapshot " + name + " holds none of the indices asked for");
		}
		List<Restored> restored = new ArrayList<>();
		try (ImportLock.Lease lease = this.lock.acquire("restore snapshot " + name)) {
			for (String[] pair : chosen) {
				restored.add(restoreOne(name, pair[0], platform.get(pair[1])));
			}
		}
		return restored;
	}

	private Restored restoreOne(String snapshot, String index, IndexDefinition definition) {
		String generation = this.indexAdmin.nextGenerationName(definition);
		try {
			RestoreResponse response = this.client.snapshot()
				.restore((r) -> r.repository(this.repository)
					.snapshot(snapshot)
					.indices(index)
					.renamePattern("^" + Pattern.quote(index) + "$")
					.renameReplacement(generation)
					.includeAliases(false)
					.includeGlobalState(false)
					.waitForCompletion(true));
			if (response.snapshot() == null || response.snapshot().shards().failed().intValue() > 0) {
				this.indexAdmin.discard(generation);
				throw new IllegalStateException("restoring " + index + " from " + snapshot + " failed on some shards");
			}
			this.indexAdmin.blockWrites(generation, false);
			long documents = this.indexAdmin.count(generation);
			this.lock.assertHeld();
			this.indexAdmin.publish(definition, generation, documents);
			logger.info("Restored " + index + " from snapshot " + snapshot + " as " + generation + " (" + documents
					+ " documents)");
			return new Restored(definition.alias(), index, generation, documents);
		}
		catch (IOException ex) {
			this.indexAdmin.discard(generation);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.indexAdmin.discard(generation);
			throw ex;
		}
	}

	private Optional<Snapshot> find(String name) {
		return list().stream().filter((s) -> s.name().equals(name)).findFirst();
	}

	private boolean repositoryExists() throws IOException {
		try {
			return !this.client.snapshot().getRepository((g) -> g.name(this.repository)).repositories().isEmpty();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Registers the {@code fs} repository at {@code techmatch.snapshot.location} unless a
	 * repository of that name exists.
	 */
	private void ensureRepository() {
		try {
			if (repositoryExists()) {
				return;
			}
			this.client.snapshot()
				.createRepository((c) -> c.name(this.repository)
					.repository((r) -> r.fs((f) -> f.settings((s) -> s.location(this.location)))));
			logger.info("Registered the snapshot repository " + this.repository + " (fs, location " + this.location
					+ " under the node's path.repo)");
		}
		catch (ElasticsearchException ex) {
			throw new IllegalStateException("the snapshot repository " + this.repository
					+ " could not be registered (is path.repo set on every node?): " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String checkedName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"a snapshot name is lowercase letters, digits, '.', '_' and '-' (at most 101): " + name);
		}
		return name;
	}

}
