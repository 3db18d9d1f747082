package org.techmatch.catalog.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;

/**
 * A generated demo corpus with its ground truth: which topic each achievement was written
 * from.
 */
public final class DemoCorpus {

	private final List<GeneratedAchievement> generated;

	private final List<Capability> capabilities;

	private final List<DemoTopic> topics;

	private final Map<String, GeneratedAchievement> byId = new HashMap<>();

	private final Map<String, DemoTopic> topicsByKey = new HashMap<>();

	DemoCorpus(List<GeneratedAchievement> generated, List<Capability> capabilities, List<DemoTopic> topics) {
		this.generated = List.copyOf(generated);
		this.capabilities = List.copyOf(capabilities);
		this.topics = List.copyOf(topics);
		generated.forEach(g -> this.byId.put(g.achievement().id(), g));
		topics.forEach(t -> this.topicsByKey.put(t.key(), t));
	}

	public List<GeneratedAchievement> generatedAchievements() {
		return this.generated;
	}

	public List<Achievement> achievements() {
		return this.generated.stream().map(GeneratedAchievement::achievement).toList();
	}

	public List<Capability> capabilities() {
		return this.capabilities;
	}

	/** Every topic of the knowledge base, in file order. */
	public List<DemoTopic> topics() {
		return this.topics;
	}

	public Optional<DemoTopic> topic(String key) {
		return Optional.ofNullable(this.topicsByKey.get(key));
	}

	public Optional<Achievement> achievement(String id) {
		return Optional.ofNullable(this.byId.get(id)).map(GeneratedAchievement::achievement);
	}

	/** The topic an achievement was written from. */
	public Optional<DemoTopic> topicOf(String achievementId) {
		return Optional.ofNullable(this.byId.get(achievementId)).map(g -> this.topicsByKey.get(g.topicKey()));
	}

	/**
	 * Graded relevance of an achievement to a need "about" a topic: 3 same topic, 2 same
	 * chain, 1 same cluster, 0 otherwise (also for unknown ids or keys).
	 */
	public int relevance(String topicKey, String achievementId) {
		DemoTopic wanted = this.topicsByKey.get(topicKey);
		GeneratedAchievement item = this.byId.get(achievementId);
		if (wanted == null || item == null) {
			return 0;
		}
		if (item.topicKey().equals(topicKey)) {
			return 3;
		}
		if (item.achievement().chain().equals(wanted.chainCode())) {
			return 2;
		}
		return item.achievement().cluster().equals(wanted.clusterCode()) ? 1 : 0;
	}

}
