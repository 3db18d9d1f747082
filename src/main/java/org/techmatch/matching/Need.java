package org.techmatch.matching;

import java.util.List;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TransferMode;
import org.techmatch.demand.Demand;

/**
 * What is being looked for: a stored demand or an ad-hoc {@code NeedInput}. Structured
 * criteria re-rank; those named in {@code require} also filter.
 */
public record Need(String title, String description, List<String> keywords, String chain, Maturity maturityAtLeast,
		List<TransferMode> cooperationModes, Double budgetMax, String city, List<MatchReasonKind> require) {

	public Need {
		keywords = (keywords != null) ? List.copyOf(keywords) : List.of();
		cooperationModes = (cooperationModes != null) ? List.copyOf(cooperationModes) : List.of();
		require = (require != null) ? List.copyOf(require) : List.of();
	}

	public static Need of(Demand demand) {
		return new Need(demand.title(), demand.description(), demand.keywords(), demand.chain(),
				demand.maturityAtLeast(), demand.cooperationModes(),
				(demand.budget() != null) ? demand.budget().upperBound() : null, demand.city(), List.of());
	}

	/** The same need with these criteria required (null or empty: none). */
	public Need requiring(List<MatchReasonKind> required) {
		return new Need(this.title, this.description, this.keywords, this.chain, this.maturityAtLeast,
				this.cooperationModes, this.budgetMax, this.city, required);
	}

	/** Title, keywords and description, the text the lexical clauses match. */
	public String text() {
		StringBuilder text = new StringBuilder(this.title);
		if (!this.keywords.isEmpty()) {
			text.append(' ').append(String.join(" ", this.keywords));
		}
		if (this.description != null) {
			text.append(' ').append(this.description);
		}
		return text.toString();
	}

}
