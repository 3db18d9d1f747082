package org.techmatch.catalog.demo;

import java.util.List;
import java.util.Map;

/**
 * Sentence templates of the demo corpus, read from {@code catalog/demo/templates.json}.
 */
record DemoTemplates(List<String> titles, List<String> background, List<String> method, List<String> indicators,
		List<String> applications, List<String> advantages, Map<String, List<String>> status, Map<String, String> ip,
		List<String> capabilityTitles, List<String> capabilityDescriptions, Map<String, List<String>> teamSuffixes,
		List<String> platforms) {
}
