package org.techmatch.demand;

/** Budget as a client sends it: negotiable, or bounds in 万元 (either may be omitted). */
public record BudgetInput(Boolean negotiable, Double minWan, Double maxWan) {

	Budget toBudget() {
		if (Boolean.TRUE.equals(this.negotiable) && this.minWan == null && this.maxWan == null) {
			return Budget.negotiableBudget();
		}
		return new Budget(Boolean.TRUE.equals(this.negotiable), this.minWan, this.maxWan);
	}

}
