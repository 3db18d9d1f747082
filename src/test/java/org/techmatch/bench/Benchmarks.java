package org.techmatch.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.techmatch.TechMatchApplication;
import org.techmatch.support.TestElasticsearch;

/**
 * Entry point of {@code mvn -Pbench verify -Dbench=<name>}: starts a throw-away Elasticsearch node (or uses
 * {@code TECHMATCH_TEST_ES_URL}), the application on a free port with the demo corpus, runs the named benchmark and
 * prints its table. Benchmarks are not tests: they measure, side by side in one run, our path against the same work
 * sent straight to Elasticsearch.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		String name = (args.length > 0) ? args[0] : "all";
		int status = 0;
		try (ConfigurableApplicationContext app = startApplication()) {
			BenchTarget target = new BenchTarget(app);
			switch (name) {
				case "relevance" -> new RelevanceBench(target).run();
				case "match" -> new MatchLatencyBench(target).run();
				case "all" -> {
					// each benchmark adds itself here
					new RelevanceBench(target).run();
					new MatchLatencyBench(target).run();
				}
				default -> {
					System.err.println("Unknown benchmark '" + name + "'");
					status = 2;
				}
			}
		}
		System.exit(status);
	}

	static ConfigurableApplicationContext startApplication() {
		SpringApplication application = new SpringApplication(TechMatchApplication.class);
		return application.run("--server.port=0", "--spring.elasticsearch.uris=" + TestElasticsearch.url(),
				"--logging.level.root=WARN", "--logging.level.org.techmatch=INFO", "--spring.main.banner-mode=off");
	}

}
