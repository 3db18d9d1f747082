package org.techmatch.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cat.indices.IndicesRecord;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

import org.techmatch.platform.ElasticsearchStatus.ClusterStatus;

/** What the platform knows about itself and its Elasticsearch cluster. */
@Service
public class PlatformService {

	/** Every concrete index of the platform starts with this. */
	static final String INDEX_PATTERN = "techmatch-*";

	private final ElasticsearchClient client;

	private final Rest5Client restClient;

	private final JsonMapper json;

	private final String version;

	public PlatformService(ElasticsearchClient client, Rest5Client restClient, JsonMapper json,
			ObjectProvider<BuildProperties> build) {
		this.client = client;
		this.restClient = restClient;
		this.json = json;
		this.version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("dev");
	}

	public Platform platform() {
		return new Platform(this.version);
	}

	public ElasticsearchStatus elasticsearch() {
		try {
			HealthResponse health = this.client.cluster().health();
			return new ElasticsearchStatus(serverVersion(), status(health.status()), health.numberOfNodes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public List<IndexInfo> indices() {
		try {
			List<IndicesRecord> records = this.client.cat().indices((cat) -> cat.index(INDEX_PATTERN)).indices();
			GetAliasResponse aliases = this.client.indices()
				.getAlias((get) -> get.index(INDEX_PATTERN).allowNoIndices(true));
			List<IndexInfo> result = new ArrayList<>();
			for (IndicesRecord record : records) {
				List<String> names = Optional.ofNullable(aliases.aliases().get(record.index()))
					.map((a) -> a.aliases().keySet().stream().sorted().toList())
					.orElse(List.of());
				long count = (record.docsCount() != null) ? Long.parseLong(record.docsCount()) : 0;
				result.add(new IndexInfo(record.index(), names, count));
			}
			result.sort(Comparator.comparing(IndexInfo::name));
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The version of the node answering: {@code GET /} does not exist on the minimal
	 * distribution.
	 */
	private String serverVersion() throws IOException {
		Request request = new Request("GET", "/_nodes/_local");
		request.addParameter("filter_path", "nodes.*.version");
		JsonNode nodes = this.json.readTree(this.restClient.performRequest(request).getEntity().getContent())
			.path("nodes");
		for (Map.Entry<String, JsonNode> node : nodes.properties()) {
			return node.getValue().path("version").asString();
		}
		throw new IllegalStateException("The cluster did not report a node version");
	}

	private static ClusterStatus status(HealthStatus status) {
		return switch (status) {
			case Green -> ClusterStatus.GREEN;
			case Yellow -> ClusterStatus.YELLOW;
			default -> ClusterStatus.RED;
		};
	}

}
