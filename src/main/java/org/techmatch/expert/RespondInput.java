package org.techmatch.expert;

/** The enterprise's answer to a SENT recommendation. */
public record RespondInput(String id, String version, Response response, DeclineReason reason, String note) {

	/** What the enterprise answers. */
	public enum Response {

		ACCEPTED, DECLINED;

		RecommendationStatus status() {
			return (this == ACCEPTED) ? RecommendationStatus.ACCEPTED : RecommendationStatus.DECLINED;
		}

	}

}
