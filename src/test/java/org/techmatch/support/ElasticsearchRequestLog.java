package org.techmatch.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.HttpRequestInterceptor;

import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every request the application sends to Elasticsearch ({@code "POST
 * /_msearch"}), from an HTTP interceptor on its client, for tests that count round trips.
 * Import it ({@code @Import(ElasticsearchRequestLog.class)}): the test classes that do
 * share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ElasticsearchRequestLog {

	private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

	/** Forgets the requests recorded so far. */
	public static void clear() {
		REQUESTS.clear();
	}

	/**
	 * The requests recorded since the last {@link #clear()}, method and path, without the
	 * application's background polls, which run on their own schedule whatever a test
	 * calls: the supply stamp ({@code _stats} of the supply indices, every second) and
	 * the event stream's reads ({@code techmatch-events}).
	 */
	public static List<String> requests() {
		return REQUESTS.stream().filter((r) -> !r.contains("/_stats/") && !r.contains("techmatch-events")).toList();
	}

	@Bean
	Rest5ClientBuilderCustomizer countingInterceptor() {
		return new Rest5ClientBuilderCustomizer() {
			@Override
			public void customize(Rest5ClientBuilder builder) {
			}

			@Override
			public void customize(HttpAsyncClientBuilder builder) {
				builder.addRequestInterceptorFirst((HttpRequestInterceptor) (request, entity, context) -> REQUESTS
					.add(request.getMethod() + " " + request.getPath()));
			}
		};
	}

}
