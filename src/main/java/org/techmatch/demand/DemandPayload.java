package org.techmatch.demand;

import java.util.List;

import org.techmatch.graphql.UserError;

/**
 * What every demand mutation returns: the demand as stored (null when nothing was
 * written) and the user errors.
 */
public record DemandPayload(Demand demand, List<UserError> userErrors) {

	public static DemandPayload ok(Demand demand) {
		return new DemandPayload(demand, List.of());
	}

	public static DemandPayload failed(List<UserError> errors) {
		return new DemandPayload(null, List.copyOf(errors));
	}

}
