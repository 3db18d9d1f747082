package org.techmatch.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.techmatch.TechMatchApplication;
import org.techmatch.catalog.demo.DemoCorpusLoader;
import org.techmatch.support.TestElasticsearch;

/**
 * Entry point of {@code mvn -Pbench verify -Dbench=<name>}: starts a throw-away
 * Elasticsearch node (or uses {@code TECHMATCH_TEST_ES_URL}), the application on a free
 * port with the demo corpus, runs the named benchmark and prints its table. Benchmarks
 * are not tests: they measure, side by side in one run, our path against the same work
 * sent straight to Elasticsearch.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		String name = (args.length > 0) ? args[0] : "all";
		if (name.equals("relevance-replay")) {
			// reads target/relevance-dump; needs no node and no application
			new RelevanceReplay().run();
			System.exit(0);
		}
		int status = 0;
		// the scale benchmark runs without sentence vectors (see ScaleBench)
		String[] extra = switch (name) {
			case "scale" -> new String[] { "--techmatch.embedding.backfill=false" };
			case "queue" -> QueueBench.ARGUMENTS;
			default -> name.startsWith("relevance-dump") ? new String[] { "--techmatch.embedding.backfill=false" }
					: new String[0];
		};
		try (ConfigurableApplicationContext app = startApplication(extra)) {
			BenchTarget target = new BenchTarget(app);
			switch (name) {
				case "import" -> new ImportBenchmark(target).run();
				case "search" -> SearchBenchmark.run(target);
				case "relevance" -> new RelevanceBench(target).run();
				case "relevance-dump" -> new RelevanceDump(target, false).run();
				case "relevance-dump-lex" -> new RelevanceDump(target, true).run();
				case "match" -> new MatchLatencyBench(target).run();
				case "scale" -> new ScaleBench(target).run();
				case "queue" -> new QueueBench(target).run();
				case "all" -> {
					new ImportBenchmark(target).run();
					SearchBenchmark.run(target);
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

	static ConfigurableApplicationContext startApplication(String... extra) {
		SpringApplication application = new SpringApplication(TechMatchApplication.class);
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--spring.elasticsearch.uris=" + TestElasticsearch.url(), "--logging.level.root=WARN",
				"--logging.level.org.techmatch=INFO", "--spring.main.banner-mode=off",
				// benchmarks send thousands of requests from 127.0.0.1 on purpose
				"--techmatch.rate-limit.anonymous-per-second=1000000",
				"--techmatch.rate-limit.signed-in-per-second=1000000"));
		arguments.addAll(List.of(extra));
		ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
		try {
			context.getBean(DemoCorpusLoader.class).loaded().get(10, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The demo corpus did not load", ex);
		}
		return context;
	}

}
