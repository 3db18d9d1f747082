package org.techmatch.catalog.demo;

import java.util.List;

/**
 * A core technology of one industrial chain, with the vocabulary the demo corpus is
 * written from. Ground truth for relevance benchmarks: achievements generated from the
 * same topic share it.
 *
 * @param key stable key {@code <chain code>/<slug>}, e.g.
 * {@code NEV_BATTERY/battery-recycling}
 * @param core the technical terms
 * @param everyday how an enterprise would say it (for writing demands)
 */
public record DemoTopic(String key, String name, String chainCode, String clusterCode, List<String> core,
		List<String> everyday, List<String> products, List<String> methods, List<String> steps, List<String> indicators,
		List<String> applications, List<String> problems) {
}
