package org.techmatch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures a request function at a given concurrency: a warm-up, then a fixed number of timed calls spread over the
 * workers. Bounded in count (no open-ended load); every call is a real request to a local server.
 */
public final class LatencyBench {

	/** One request; {@code i} selects which of the prepared requests to send. */
	@FunctionalInterface
	public interface Call {

		void run(int i) throws Exception;

	}

	/** Latency percentiles in milliseconds and throughput in requests per second. */
	public record Result(String name, int concurrency, int requests, double p50, double p95, double p99,
			double throughput) {

		public String row() {
			return String.format("| %-28s | %2d | %6d | %8.1f | %8.1f | %8.1f | %9.1f |", this.name, this.concurrency,
					this.requests, this.p50, this.p95, this.p99, this.throughput);
		}

		public static String header() {
			return "| path                         |  c |   reqs |  p50 ms  |  p95 ms  |  p99 ms  |  req/s    |\n"
					+ "|------------------------------|----|--------|----------|----------|----------|-----------|";
		}

	}

	/**
	 * Requests sent on each path before measuring: a server answers from JIT-compiled code, and a few dozen requests
	 * leave GraphQL's per-field code interpreted (the first runs measured the compiler, not the application).
	 */
	public static final int WARMUP = 400;

	private LatencyBench() {
	}

	public static Result measure(String name, int concurrency, int warmup, int requests, Call call) throws Exception {
		for (int i = 0; i < warmup; i++) {
			call.run(i);
		}
		long[] nanos = new long[requests];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		long started = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < concurrency; w++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						call.run(i);
						nanos[i] = System.nanoTime() - t0;
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(nanos);
		return new Result(name, concurrency, requests, percentile(nanos, 50), percentile(nanos, 95),
				percentile(nanos, 99), requests / seconds);
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
