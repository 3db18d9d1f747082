package org.techmatch.catalog.demo;

import org.techmatch.catalog.Achievement;

/**
 * A demo achievement with the key of the {@link DemoTopic} it was written from (ground
 * truth).
 */
public record GeneratedAchievement(Achievement achievement, String topicKey) {
}
