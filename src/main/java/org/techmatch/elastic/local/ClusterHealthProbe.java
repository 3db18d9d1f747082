package org.techmatch.elastic.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a node for its cluster health over plain HTTP (never {@code GET /}, which the
 * minimal distribution lacks).
 */
final class ClusterHealthProbe {

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

	private static final Pattern NODES = Pattern.compile("\"number_of_nodes\"\\s*:\\s*(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String baseUrl;

	ClusterHealthProbe(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * The cluster status (green, yellow, red) or empty when nothing answers like
	 * Elasticsearch.
	 */
	Optional<String> status() {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher matcher = STATUS.matcher(response.body());
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/** The number of nodes in the cluster, empty when nothing answers. */
	Optional<Integer> nodeCount() {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(this.baseUrl + "/_cluster/health?filter_path=number_of_nodes"))
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher matcher = NODES.matcher(response.body());
			return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	boolean isYellowOrGreen() {
		return status().filter((s) -> s.equals("yellow") || s.equals("green")).isPresent();
	}

}
