package org.techmatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.context.ConfigurableApplicationContext;

import org.techmatch.support.TestElasticsearch;

/**
 * Where benchmarks send requests: the application's {@code /graphql} and the
 * Elasticsearch node, both over plain HTTP with one shared JDK client, so the two paths
 * are measured the same way.
 */
public final class BenchTarget {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConfigurableApplicationContext app;

	private final String graphqlUrl;

	private final String elasticsearchUrl;

	BenchTarget(ConfigurableApplicationContext app) {
		this.app = app;
		this.graphqlUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql";
		this.elasticsearchUrl = TestElasticsearch.url();
	}

	public ConfigurableApplicationContext app() {
		return this.app;
	}

	public String elasticsearchUrl() {
		return this.elasticsearchUrl;
	}

	/**
	 * POSTs a GraphQL request body ({@code {"query": …, "variables": …}}); fails on a
	 * non-200 or an errors entry.
	 */
	public String graphql(String body) throws Exception {
		return graphql(body, null);
	}

	/** {@link #graphql(String)} under a bearer token (null: anonymous). */
	public String graphql(String body, String token) throws Exception {
		String response = post(this.graphqlUrl, body, token);
		if (response.contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL errors: " + response);
		}
		return response;
	}

	/**
	 * POSTs a JSON body to an Elasticsearch path such as
	 * {@code /techmatch-achievements/_search}.
	 */
	public String elasticsearch(String path, String body) throws Exception {
		return post(this.elasticsearchUrl + path, body, null);
	}

	/** POSTs an NDJSON body (e.g. {@code _msearch}) to an Elasticsearch path. */
	public String elasticsearchNdjson(String path, String body) throws Exception {
		return post(this.elasticsearchUrl + path, body, null, "application/x-ndjson");
	}

	/** GETs an Elasticsearch path such as {@code /_nodes/stats/jvm}. */
	public String get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.elasticsearchUrl + path))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private String post(String url, String body, String token) throws Exception {
		return post(url, body, token, "application/json");
	}

	private String post(String url, String body, String token, String contentType) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
			.header("content-type", contentType)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			builder.header("authorization", "Bearer " + token);
		}
		HttpRequest request = builder.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

}
