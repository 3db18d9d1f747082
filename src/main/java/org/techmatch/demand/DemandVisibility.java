package org.techmatch.demand;

import org.springframework.stereotype.Component;

import org.techmatch.accounts.Caller;

/**
 * Who sees a demand's private fields (owner, budget, version): experts, administrators
 * and members of the organisation that owns it. Anonymous callers and other enterprises
 * see the public fields only, wherever the demand appears ({@code demand}, {@code node},
 * {@code demandsFor}).
 */
@Component
public class DemandVisibility {

	/** Whether the current caller may read {@code demand}'s private fields. */
	public boolean mayReadPrivate(Demand demand) {
		Caller caller = Caller.current();
		return caller.isStaff() || caller.isMemberOf(demand.organisationId());
	}

}
