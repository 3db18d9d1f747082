package org.techmatch.expert;

import java.util.List;

import org.techmatch.graphql.UserError;

/**
 * What every recommendation mutation returns: the recommendation as stored (null when
 * nothing was written) and the user errors.
 */
public record RecommendationPayload(Recommendation recommendation, List<UserError> userErrors) {

	public static RecommendationPayload ok(Recommendation recommendation) {
		return new RecommendationPayload(recommendation, List.of());
	}

	public static RecommendationPayload failed(UserError error) {
		return new RecommendationPayload(null, List.of(error));
	}

}
