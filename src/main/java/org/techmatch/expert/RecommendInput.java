package org.techmatch.expert;

/**
 * A new recommendation: which item for which demand, the expert's note, and whether to
 * send it at once.
 */
public record RecommendInput(String demandId, String supplyId, String note, Boolean send) {

	public boolean sendNow() {
		return Boolean.TRUE.equals(this.send);
	}

}
