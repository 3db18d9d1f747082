package org.techmatch.demand;

/**
 * What an enterprise is prepared to pay, in 万元 (10,000 yuan): a range, an upper bound
 * only, or negotiable (面议, no amounts).
 */
public record Budget(boolean negotiable, Double minWan, Double maxWan) {

	public static Budget negotiableBudget() {
		return new Budget(true, null, null);
	}

	/** The most the enterprise will pay, or {@code null} when negotiable or unbounded. */
	public Double upperBound() {
		return this.negotiable ? null : this.maxWan;
	}

}
