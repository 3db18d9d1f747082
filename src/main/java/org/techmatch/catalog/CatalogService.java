package org.techmatch.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.springframework.stereotype.Service;

import org.techmatch.catalog.CatalogStats.ClusterCount;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;

/**
 * Reads the catalogue: single items by id, batches by ids (one {@code mget}), and its
 * statistics.
 */
@Service
public class CatalogService {

	private final ElasticsearchClient client;

	private final AchievementDocumentMapper achievementMapper;

	private final CapabilityDocumentMapper capabilityMapper;

	private final IndustrialChainTaxonomy taxonomy;

	public CatalogService(ElasticsearchClient client, AchievementDocumentMapper achievementMapper,
			CapabilityDocumentMapper capabilityMapper, IndustrialChainTaxonomy taxonomy) {
		this.client = client;
		this.achievementMapper = achievementMapper;
		this.capabilityMapper = capabilityMapper;
		this.taxonomy = taxonomy;
	}

	/** Counts per supply type and achievements per cluster, in one request. */
	public CatalogStats stats() {
		try {
			SearchResponse<Void> response = this.client.search(
					(s) -> s.index(CatalogIndices.ACHIEVEMENTS.alias(), CatalogIndices.CAPABILITIES.alias())
						.ignoreUnavailable(true)
						.allowNoIndices(true)
						.size(0)
						.trackTotalHits((t) -> t.enabled(true))
						.aggregations("types", (a) -> a.terms((t) -> t.field("supplyType")))
						.aggregations("achievements", (a) -> a
							.filter((f) -> f.term((t) -> t.field("supplyType").value(AchievementDocument.SUPPLY_TYPE)))
							.aggregations("clusters", (c) -> c.terms((t) -> t.field("cluster").size(50)))),
					Void.class);
			return statsOf(response.aggregations());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The statistics in a stats response's aggregations; zeros when there are none (no
	 * catalogue index exists yet: the search ran over no index).
	 */
	CatalogStats statsOf(Map<String, Aggregate> aggregations) {
		Aggregate types = aggregations.get("types");
		Aggregate achievements = aggregations.get("achievements");
		if (types == null || !types.isSterms() || achievements == null || !achievements.isFilter()) {
			return new CatalogStats(0, 0, List.of());
		}
		Map<String, Long> byType = new java.util.HashMap<>();
		for (StringTermsBucket bucket : types.sterms().buckets().array()) {
			byType.put(bucket.key().stringValue(), bucket.docCount());
		}
		List<ClusterCount> clusters = new ArrayList<>();
		Aggregate byCluster = achievements.filter().aggregations().get("clusters");
		if (byCluster != null && byCluster.isSterms()) {
			for (StringTermsBucket bucket : byCluster.sterms().buckets().array()) {
				String code = bucket.key().stringValue();
				String name = this.taxonomy.cluster(code).map(IndustrialCluster::name).orElse(code);
				clusters.add(new ClusterCount(code, name, bucket.docCount()));
			}
		}
		return new CatalogStats(byType.getOrDefault(AchievementDocument.SUPPLY_TYPE, 0L),
				byType.getOrDefault(CapabilityDocument.SUPPLY_TYPE, 0L), clusters);
	}

	public Optional<Achievement> achievement(String id) {
		return achievements(List.of(id)).stream().findFirst();
	}

	public Optional<Capability> capability(String id) {
		return capabilities(List.of(id)).stream().findFirst();
	}

	/** The achievement or capability with this id. */
	public Optional<SupplyItem> item(SupplyId id) {
		return (id.type() == SupplyType.CAPABILITY) ? capability(id.value()).map(SupplyItem.class::cast)
				: achievement(id.value()).map(SupplyItem.class::cast);
	}

	/** A supply item as stored: the item, and its vector (null until it is made). */
	public record StoredItem(SupplyItem item, String vector) {
	}

	/**
	 * The achievement or capability with this id and its stored vector (see
	 * {@code org.techmatch.embedding}), in one read.
	 */
	public Optional<StoredItem> stored(SupplyId id) {
		boolean capability = id.type() == SupplyType.CAPABILITY;
		String alias = capability ? CatalogIndices.CAPABILITIES.alias() : CatalogIndices.ACHIEVEMENTS.alias();
		try {
			GetResponse<JsonData> response = this.client.get((g) -> g.index(alias).id(id.value()), JsonData.class);
			if (!response.found() || response.source() == null) {
				return Optional.empty();
			}
			JsonData source = response.source();
			SupplyItem item = capability
					? this.capabilityMapper
						.toCapability(source.to(CapabilityDocument.class, this.client._jsonpMapper()))
					: this.achievementMapper
						.toAchievement(source.to(AchievementDocument.class, this.client._jsonpMapper()));
			JsonValue vector = source.toJson().asJsonObject().get("vector");
			return Optional.of(new StoredItem(item, (vector instanceof JsonString text) ? text.getString() : null));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The documents of the achievements and capabilities with these ids that exist, by
	 * id, in one {@code _mget}, without the {@code omitted} long fields (and never with
	 * their contact or vector).
	 */
	public Map<String, SupplyDocument> documents(List<String> ids, List<String> omitted) {
		Map<String, SupplyDocument> items = new HashMap<>();
		if (ids.isEmpty()) {
			return items;
		}
		List<String> excluded = new ArrayList<>(omitted);
		excluded.addAll(List.of("contact", "vector", "embedding"));
		try {
			MgetResponse<SupplyDocument> response = this.client.mget((m) -> {
				for (String id : ids) {
					SupplyId.parse(id)
						.ifPresent(
								(supplyId) -> m.docs((d) -> d
									.index((supplyId.type() == SupplyType.CAPABILITY)
											? CatalogIndices.CAPABILITIES.alias() : CatalogIndices.ACHIEVEMENTS.alias())
									.id(id)));
				}
				return m.sourceExcludes(excluded);
			}, SupplyDocument.class);
			for (MultiGetResponseItem<SupplyDocument> item : response.docs()) {
				if (item.isResult() && item.result().found() && item.result().source() != null) {
					items.put(item.result().id(), item.result().source());
				}
			}
			return items;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The achievements with these ids that exist, in the order asked, in one request. */
	public List<Achievement> achievements(List<String> ids) {
		return fetch(CatalogIndices.ACHIEVEMENTS.alias(), ids, AchievementDocument.class).stream()
			.map(this.achievementMapper::toAchievement)
			.toList();
	}

	/** The capabilities with these ids that exist, in the order asked, in one request. */
	public List<Capability> capabilities(List<String> ids) {
		return fetch(CatalogIndices.CAPABILITIES.alias(), ids, CapabilityDocument.class).stream()
			.map(this.capabilityMapper::toCapability)
			.toList();
	}

	private <T> List<T> fetch(String alias, List<String> ids, Class<T> type) {
		if (ids.isEmpty()) {
			return List.of();
		}
		try {
			MgetResponse<T> response = this.client.mget((m) -> m.index(alias).ids(ids), type);
			List<T> found = new ArrayList<>();
			for (MultiGetResponseItem<T> item : response.docs()) {
				if (item.isResult() && item.result().found()) {
					found.add(item.result().source());
				}
			}
			return found;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return List.of();
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
