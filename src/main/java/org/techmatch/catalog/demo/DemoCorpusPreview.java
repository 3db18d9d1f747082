package org.techmatch.catalog.demo;

import java.util.List;

import org.techmatch.catalog.achievement.Achievement;
import org.techmatch.catalog.capability.Capability;

/** Prints a few generated records and the corpus fingerprint: {@code java ... DemoCorpusPreview}. */
public final class DemoCorpusPreview {

	private DemoCorpusPreview() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		DemoCorpus corpus = new DemoCorpusGenerator().corpus();
		long millis = (System.nanoTime() - start) / 1_000_000;
		List<Achievement> achievements = corpus.achievements();
		System.out.println("achievements=" + achievements.size() + " capabilities=" + corpus.capabilities().size()
				+ " topics=" + corpus.topics().size() + " generatedInMs=" + millis);
		for (int i = 0; i < 10; i++) {
			Achievement a = achievements.get(i * 1097);
			System.out.println(a.id() + "  " + a.title() + "  [" + a.chain() + " / " + corpus.topicOf(a.id()).orElseThrow().key() + "]");
		}
		Achievement first = achievements.get(0);
		System.out.println();
		System.out.println(first);
		System.out.println();
		for (Capability c : corpus.capabilities().subList(0, 3)) {
			System.out.println(c.id() + "  " + c.title() + "  -> " + c.representativeAchievementIds());
		}
		System.out.println(corpus.capabilities().get(0).description());
		System.out.println("sha256=" + DemoCorpusFingerprint.sha256(corpus));
	}

}
