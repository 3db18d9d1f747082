package org.techmatch.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.techmatch.elastic.local.LocalNode;
import org.techmatch.support.TestElasticsearch;

/**
 * Measures request functions side by side at a given concurrency: a warm-up until steady,
 * then a fixed number of timed calls per path spread over the workers, in blocks
 * alternating between the paths. Bounded in count (no open-ended load); every call is a
 * real request to a local server.
 */
public final class LatencyBench {

	/** One request; {@code i} selects which of the prepared requests to send. */
	@FunctionalInterface
	public interface Call {

		void run(int i) throws Exception;

	}

	/**
	 * Latency percentiles in milliseconds, throughput in requests per second, and CPU
	 * milliseconds per request of this JVM (the application and the benchmark's HTTP
	 * client; on the direct path only the client) and of the Elasticsearch node
	 * ({@code NaN} when the node is not a local process), plus the milliseconds this
	 * JVM's JIT compilers spent per request during the measured blocks (near 0 once warm;
	 * a high value says the JVM was still compiling and the row measures the compiler
	 * too).
	 */
	public record Result(String name, int concurrency, int requests, int warmup, double p50, double p95, double p99,
			double throughput, double jvmCpuMs, double nodeCpuMs, double jitMs) {

		public String row() {
			return String.format(
					"| %-28s | %2d | %6d | %7d | %8.1f | %8.1f | %8.1f | %9.1f | %14.1f | %13.1f | %10.2f |", this.name,
					this.concurrency, this.requests, this.warmup, this.p50, this.p95, this.p99, this.throughput,
					this.jvmCpuMs, this.nodeCpuMs, this.jitMs);
		}

		public static String header() {
			return "| path                         |  c |   reqs | warm-up |  p50 ms  |  p95 ms  |  p99 ms  |  req/s    | JVM CPU ms/req | ES CPU ms/req | JIT ms/req |\n"
					+ "|------------------------------|----|--------|---------|----------|----------|----------|-----------|----------------|---------------|------------|";
		}

	}

	/** A named request function: one side of a comparison. */
	public record Path(String name, Call call) {
	}

	/** Requests per warm-up round and path, sent at the measured concurrency. */
	static final int WARMUP_ROUND = 200;

	/** Warm-up rounds at least and at most. */
	static final int MIN_WARMUP_ROUNDS = 5;

	static final int MAX_WARMUP_ROUNDS = 60;

	/**
	 * Warm-up ends after this many rounds in a row in which no path's round median got 3
	 * % below its best so far…
	 */
	static final int WARMUP_PATIENCE = 3;

	/**
	 * … and once the JIT compilers of this JVM spent less than this share of a round's
	 * wall time compiling.
	 */
	static final double WARMUP_JIT_SHARE = 0.03;

	/**
	 * Measured blocks per path, alternating between the paths so that drift on a noisy
	 * machine hits both alike.
	 */
	static final int BLOCKS = 4;

	private LatencyBench() {
	}

	/**
	 * Measures the paths side by side at one concurrency: first they are warmed up
	 * together until steady (see {@link #warmUp}), then {@code requests} timed calls per
	 * path are made in {@link #BLOCKS} blocks, alternating path by path (A B A B …), and
	 * the percentiles and throughput of each path are taken over its blocks together.
	 * @return one result per path, in the order given
	 */
	public static List<Result> sideBySide(int concurrency, int requests, Path... paths) throws Exception {
		return sideBySide(concurrency, requests, MAX_WARMUP_ROUNDS, paths);
	}

	/**
	 * As {@link #sideBySide(int, int, Path...)}, with at most {@code maxWarmupRounds}
	 * warm-up rounds.
	 */
	public static List<Result> sideBySide(int concurrency, int requests, int maxWarmupRounds, Path... paths)
			throws Exception {
		int warmup = warmUp(concurrency, maxWarmupRounds, paths);
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long[][] nanos = new long[paths.length][requests];
		long[] elapsed = new long[paths.length];
		long[] jvmCpu = new long[paths.length];
		long[] nodeCpu = new long[paths.length];
		long[] compiling = new long[paths.length];
		ProcessHandle node = TestElasticsearch.localNode().flatMap(LocalNode::runningProcess).orElse(null);
		int perBlock = requests / BLOCKS;
		for (int block = 0; block < BLOCKS; block++) {
			int from = block * perBlock;
			int to = (block == BLOCKS - 1) ? requests : from + perBlock;
			for (int p = 0; p < paths.length; p++) {
				long jvmBefore = cpuNanos(ProcessHandle.current());
				long nodeBefore = cpuNanos(node);
				long jitBefore = jit.getTotalCompilationTime();
				elapsed[p] += run(paths[p].call(), concurrency, from, to, nanos[p]);
				jvmCpu[p] += cpuNanos(ProcessHandle.current()) - jvmBefore;
				nodeCpu[p] += cpuNanos(node) - nodeBefore;
				compiling[p] += jit.getTotalCompilationTime() - jitBefore;
			}
		}
		List<Result> results = new ArrayList<>();
		for (int p = 0; p < paths.length; p++) {
			long[] sorted = nanos[p].clone();
			Arrays.sort(sorted);
			results.add(new Result(paths[p].name(), concurrency, requests, warmup, percentile(sorted, 50),
					percentile(sorted, 95), percentile(sorted, 99), requests / (elapsed[p] / 1e9),
					jvmCpu[p] / 1e6 / requests, (node != null) ? nodeCpu[p] / 1e6 / requests : Double.NaN,
					(double) compiling[p] / requests));
		}
		return results;
	}

	/**
	 * Warms the paths up in the shape they are measured in: rounds of
	 * {@link #WARMUP_ROUND} requests per path at the measured concurrency, the paths
	 * alternating, until the JVM is in its steady state: no path's round median has
	 * improved for {@link #WARMUP_PATIENCE} rounds (a new best must be 3 % below the old
	 * one) and the JIT compilers of this JVM, where the application runs, spent less than
	 * {@link #WARMUP_JIT_SHARE} of the round's wall time compiling; at least
	 * {@link #MIN_WARMUP_ROUNDS}, at most {@link #MAX_WARMUP_ROUNDS} rounds. Why this
	 * shape: {@code HttpServlet.service} and the client's request path are compiled by C2
	 * only after some ten thousand requests, each such compilation taking hundreds of
	 * milliseconds of a 2-core machine; and a JVM warmed one path at a time and at
	 * another concurrency still recompiled code shared by the paths (JSON serialisation,
	 * the HTTP clients) during the measured blocks (JFR, 2026-11-28: some 4 s of C2 time
	 * per 30 s). A long-running server is past all that.
	 * @return the number of warm-up requests sent per path
	 */
	private static int warmUp(int concurrency, int maxRounds, Path... paths) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		double[] best = new double[paths.length];
		Arrays.fill(best, Double.MAX_VALUE);
		int rounds = 0;
		int sinceBest = 0;
		double jitShare = 1;
		while (rounds < maxRounds
				&& (rounds < MIN_WARMUP_ROUNDS || sinceBest < WARMUP_PATIENCE || jitShare >= WARMUP_JIT_SHARE)) {
			long compiling = jit.getTotalCompilationTime();
			long wall = 0;
			boolean improved = false;
			for (int p = 0; p < paths.length; p++) {
				long[] nanos = new long[WARMUP_ROUND];
				wall += run(paths[p].call(), concurrency, 0, WARMUP_ROUND, nanos);
				Arrays.sort(nanos);
				double median = percentile(nanos, 50);
				if (median < 0.97 * best[p]) {
					best[p] = median;
					improved = true;
				}
			}
			jitShare = (jit.getTotalCompilationTime() - compiling) / (wall / 1e6);
			rounds++;
			sinceBest = improved ? 0 : sinceBest + 1;
		}
		return rounds * WARMUP_ROUND;
	}

	/**
	 * Calls {@code from} to {@code to} (exclusive) spread over {@code concurrency}
	 * workers; returns the wall time.
	 */
	private static long run(Call call, int concurrency, int from, int to, long[] nanos) throws Exception {
		AtomicInteger next = new AtomicInteger(from);
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		long started = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int w = 0; w < concurrency; w++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
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
		return System.nanoTime() - started;
	}

	/** Total CPU time of a process so far, 0 when unknown. */
	private static long cpuNanos(ProcessHandle process) {
		if (process == null) {
			return 0;
		}
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
