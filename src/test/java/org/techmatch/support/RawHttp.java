package org.techmatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP to the running application, for tests that look at the raw answer: its
 * status and the exact bytes of the body (no GraphQL client in between).
 */
public final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public RawHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** POSTs a GraphQL document (and variables) as JSON, with a bearer token if given. */
	public Answer graphQl(String document, Map<String, Object> variables, String token) {
		String body = JSON.writeValueAsString(
				(variables != null) ? Map.of("query", document, "variables", variables) : Map.of("query", document));
		return post("/graphql", body, token);
	}

	public Answer post(String path, String json, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	public Answer get(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Status and body of one answer. */
	public record Answer(int status, String body) {

		/** The body read as JSON. */
		public Map<String, Object> json() {
			@SuppressWarnings("unchecked")
			Map<String, Object> map = JSON.readValue(this.body, Map.class);
			return map;
		}

	}

}
