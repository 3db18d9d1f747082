package org.techmatch.catalog.demo;

import java.util.List;

/** The written parts of a generated achievement. */
record AchievementText(String title, String summary, String description, List<String> keywords) {
}
