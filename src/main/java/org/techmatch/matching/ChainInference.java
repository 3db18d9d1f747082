package org.techmatch.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

/**
 * Guesses a need's industrial chain when it names none: the chain whose name or aliases
 * (动力电池, 锂电池, 盾构 …) occur in the text, longest names counting most. No guess when two
 * chains tie or nothing occurs.
 */
@Component
public class ChainInference {

	private final IndustrialChainTaxonomy taxonomy;

	public ChainInference(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	public Optional<IndustrialChain> infer(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String haystack = text.toLowerCase(Locale.ROOT);
		Map<IndustrialChain, Integer> scores = new LinkedHashMap<>();
		for (IndustrialChain chain : this.taxonomy.chains()) {
			int score = 0;
			for (String name : names(chain)) {
				if (name.length() >= 2 && haystack.contains(name.toLowerCase(Locale.ROOT))) {
					score += name.length();
				}
			}
			if (score > 0) {
				scores.put(chain, score);
			}
		}
		int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		List<IndustrialChain> winners = scores.entrySet()
			.stream()
			.filter((e) -> e.getValue() == best)
			.map(Map.Entry::getKey)
			.toList();
		return (winners.size() == 1) ? Optional.of(winners.get(0)) : Optional.empty();
	}

	private static List<String> names(IndustrialChain chain) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(chain.name()), chain.aliases().stream())
			.toList();
	}

}
