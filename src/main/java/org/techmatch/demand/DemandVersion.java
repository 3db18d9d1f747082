package org.techmatch.demand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a client reads and sends back: Elasticsearch's {@code _seq_no} and
 * {@code _primary_term} of the revision, written {@code <seqNo>.<primaryTerm>} (clients
 * treat it as opaque). Writes carry them as {@code if_seq_no}/{@code if_primary_term}, so
 * a stale version is refused by Elasticsearch itself.
 */
public record DemandVersion(long seqNo, long primaryTerm) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

	public String encode() {
		return this.seqNo + "." + this.primaryTerm;
	}

	public static Optional<DemandVersion> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher m = FORMAT.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		long primaryTerm = Long.parseLong(m.group(2));
		if (primaryTerm < 1) {
			// Elasticsearch's primary terms start at 1: "0.0" was never read from this
			// API
			return Optional.empty();
		}
		return Optional.of(new DemandVersion(Long.parseLong(m.group(1)), primaryTerm));
	}

}
