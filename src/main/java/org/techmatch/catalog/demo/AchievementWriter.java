package org.techmatch.catalog.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techmatch.catalog.IntellectualProperty;
import org.techmatch.catalog.Maturity;

/**
 * Writes the title, description (150–500 characters), summary and keywords of an
 * achievement from its topic's vocabulary and the sentence templates. Titles are unique
 * across one corpus of the standard size; a larger corpus is written in rounds of that
 * size ({@link #newRound()}), unique within each (the vocabulary holds some 11,000 good
 * titles, not ten times as many).
 */
final class AchievementWriter {

	static final int MIN_DESCRIPTION = 150;

	static final int MAX_DESCRIPTION = 500;

	static final int MAX_SUMMARY = 120;

	private static final int MAX_TITLE = 40;

	private final DemoTemplates templates;

	private final Set<String> usedTitles = new HashSet<>();

	AchievementWriter(DemoTemplates templates) {
		this.templates = templates;
	}

	/** Starts a new round: titles of earlier rounds may be written again. */
	void newRound() {
		this.usedTitles.clear();
	}

	AchievementText write(DemoTopic topic, ChainVocabulary chain, Maturity maturity, IntellectualProperty ip,
			DemoRandom random) {
		for (int attempt = 0; attempt < 200; attempt++) {
			Map<String, String> v = titleValues(topic, chain, random);
			String title = TemplateFiller.fill(random.pick(this.templates.titles()), v, random);
			if (title.length() <= MAX_TITLE && !repeats(v) && this.usedTitles.add(title)) {
				addTextValues(v, topic, ip, random);
				String description = describe(v, maturity, ip, random);
				return new AchievementText(title, summary(description), description,
						keywords(topic, v, title + description));
			}
		}
		throw new IllegalStateException("Topic " + topic.key() + " has too little vocabulary for unique titles");
	}

	/**
	 * A product that already names the method or qualifier would read twice in the title.
	 */
	private static boolean repeats(Map<String, String> v) {
		String product = v.get("p");
		return product.contains(v.get("m")) || product.contains(v.get("q")) || v.get("m").contains(product);
	}

	/** What titles use: qualifier, product, method, core term, application. */
	private static Map<String, String> titleValues(DemoTopic topic, ChainVocabulary chain, DemoRandom random) {
		Map<String, String> v = new HashMap<>();
		v.put("q", random.pick(chain.qualifiers()));
		v.put("p", random.pick(topic.products()));
		v.put("m", random.pick(topic.methods()));
		v.put("c", random.pick(topic.core()));
		v.put("a", random.pick(topic.applications()));
		return v;
	}

	private static void addTextValues(Map<String, String> v, DemoTopic topic, IntellectualProperty ip,
			DemoRandom random) {
		v.put("x", random.pick(topic.problems()));
		List<String> others = new ArrayList<>(topic.applications());
		others.remove(v.get("a"));
		List<String> apps = random.distinct(others, 2);
		v.put("a2", apps.get(0));
		v.put("a3", apps.get(apps.size() - 1));
		List<String> steps = random.distinct(topic.steps(), 2);
		v.put("s1", steps.get(0));
		v.put("s2", steps.get(1));
		List<String> indicators = random.distinct(topic.indicators(), 3);
		for (int i = 0; i < 3; i++) {
			v.put("i" + (i + 1), TemplateFiller.numbers(indicators.get(i % indicators.size()), random));
		}
		v.put("n", Integer.toString(Math.max(1, ip.patentNumbers().size())));
	}

	private String describe(Map<String, String> v, Maturity maturity, IntellectualProperty ip, DemoRandom random) {
		List<String> sentences = new ArrayList<>();
		sentences.add(fill(this.templates.background(), v, random));
		sentences.add(fill(this.templates.method(), v, random));
		sentences.add(fill(this.templates.indicators(), v, random));
		String status = fill(this.templates.status().get(maturity.name()), v, random);
		sentences.add(status);
		String ipSentence = TemplateFiller.fill(this.templates.ip().getOrDefault(ip.type().name(), ""), v, random);
		if (!ipSentence.isEmpty()) {
			sentences.add(ipSentence);
		}
		String applications = fill(this.templates.applications(), v, random);
		sentences.add(applications);
		if (length(sentences) < MIN_DESCRIPTION) {
			sentences.add(sentences.size() - 1, fill(this.templates.advantages(), v, random));
		}
		if (length(sentences) > MAX_DESCRIPTION) {
			sentences.remove(ipSentence);
		}
		if (length(sentences) > MAX_DESCRIPTION) {
			sentences.remove(status);
		}
		return String.join("", sentences);
	}

	private static String fill(List<String> choices, Map<String, String> v, DemoRandom random) {
		return TemplateFiller.fill(random.pick(choices), v, random);
	}

	private static int length(List<String> sentences) {
		return sentences.stream().mapToInt(String::length).sum();
	}

	/** The first sentence, cut to {@value #MAX_SUMMARY} characters. */
	static String summary(String description) {
		int end = description.indexOf('。');
		String first = (end < 0) ? description : description.substring(0, end + 1);
		return (first.length() <= MAX_SUMMARY) ? first : first.substring(0, MAX_SUMMARY - 1) + "…";
	}

	private static List<String> keywords(DemoTopic topic, Map<String, String> v, String text) {
		Set<String> keywords = new LinkedHashSet<>();
		keywords.add(v.get("c"));
		keywords.add(v.get("p"));
		keywords.add(v.get("a"));
		if (text.contains(v.get("m"))) {
			keywords.add(v.get("m"));
		}
		for (String core : topic.core()) {
			if (keywords.size() < 6 && text.contains(core)) {
				keywords.add(core);
			}
		}
		if (keywords.size() < 3) {
			keywords.add(v.get("a2"));
		}
		return List.copyOf(keywords);
	}

}
