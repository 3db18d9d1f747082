package org.techmatch.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

/**
 * Guesses a need's industrial chain when it names none, and only when the text says so
 * clearly: the chain whose name or aliases (动力电池, 锂电池, 盾构 …) occur in the need, longest
 * names counting most, and only if one of them is in the title or they add up to
 * {@value #CONFIDENT_CHARS} characters or more. A lone short alias in a long description
 * (化学药 inside 化学药剂) is not enough. No guess when two chains tie. The words found are the
 * evidence shown in the reason.
 */
@Component
public class ChainInference {

	/** Matched name characters that make a guess from the description alone. */
	static final int CONFIDENT_CHARS = 6;

	private final IndustrialChainTaxonomy taxonomy;

	public ChainInference(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** A chain and the words of the need that point to it. */
	public record Inference(IndustrialChain chain, List<String> evidence) {
	}

	public Optional<Inference> infer(String title, String rest) {
		String head = lower(title);
		String body = lower(rest);
		if (head.isBlank() && body.isBlank()) {
			return Optional.empty();
		}
		Map<IndustrialChain, List<String>> found = new LinkedHashMap<>();
		Map<IndustrialChain, Integer> scores = new LinkedHashMap<>();
		Map<IndustrialChain, Boolean> inTitle = new LinkedHashMap<>();
		for (IndustrialChain chain : this.taxonomy.chains()) {
			List<String> evidence = new ArrayList<>();
			int score = 0;
			boolean titled = false;
			for (String name : names(chain)) {
				String needle = lower(name);
				if (needle.length() < 2) {
					continue;
				}
				boolean inHead = head.contains(needle);
				if (inHead || body.contains(needle)) {
					evidence.add(name);
					score += needle.length();
					titled |= inHead;
				}
			}
			if (score > 0) {
				found.put(chain, evidence);
				scores.put(chain, score);
				inTitle.put(chain, titled);
			}
		}
		int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		List<IndustrialChain> winners = scores.entrySet()
			.stream()
			.filter((e) -> e.getValue() == best)
			.map(Map.Entry::getKey)
			.toList();
		if (winners.size() != 1) {
			return Optional.empty();
		}
		IndustrialChain chain = winners.get(0);
		boolean confident = inTitle.get(chain) || best >= CONFIDENT_CHARS;
		return confident ? Optional.of(new Inference(chain, found.get(chain))) : Optional.empty();
	}

	private static String lower(String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT) : "";
	}

	private static List<String> names(IndustrialChain chain) {
		return Stream.concat(Stream.of(chain.name()), chain.aliases().stream()).toList();
	}

}
