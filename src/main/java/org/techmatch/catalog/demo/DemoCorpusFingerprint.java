package org.techmatch.catalog.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;

/**
 * SHA-256 over a canonical, locale-free serialization of a corpus (every field, in
 * component order, unit separator between fields, one line per record), so any change in
 * the generated output shows.
 */
public final class DemoCorpusFingerprint {

	private static final char FIELD = '\u001f';

	private DemoCorpusFingerprint() {
	}

	public static String sha256(DemoCorpus corpus) {
		MessageDigest digest = sha256();
		for (GeneratedAchievement g : corpus.generatedAchievements()) {
			digest.update(line(canonical(g.achievement()) + FIELD + g.topicKey()));
		}
		for (Capability c : corpus.capabilities()) {
			digest.update(line(canonical(c)));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static String canonical(Achievement a) {
		return join(a.id(), a.sourceBatch(), a.sourceId(), a.title(), a.summary(), a.description(), a.keywords(),
				a.technicalField(), a.chain(), a.cluster(), a.maturity(), a.trl(), a.ip().type(),
				a.ip().patentNumbers(), a.transferModes(), a.price().negotiable(), a.price().minWan(),
				a.price().maxWan(), a.institution(), a.region(), a.publishedDate(), a.contact());
	}

	static String canonical(Capability c) {
		return join(c.id(), c.sourceBatch(), c.sourceId(), c.institution(), c.team(), c.title(), c.description(),
				c.serviceTypes(), c.technicalFields(), c.chains(), c.clusters(), c.equipment(),
				c.representativeAchievementIds(), c.representativeResults(), c.city(), c.publishedDate(), c.contact());
	}

	/**
	 * Records, lists, enums, numbers and dates print without locale (record toString
	 * lists components in order).
	 */
	private static String join(Object... values) {
		StringBuilder s = new StringBuilder();
		for (Object value : values) {
			s.append((value instanceof List<?> list)
					? String.join("\u001e", list.stream().map(String::valueOf).toList()) : String.valueOf(value))
				.append(FIELD);
		}
		return s.toString();
	}

	private static byte[] line(String text) {
		return (text + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
