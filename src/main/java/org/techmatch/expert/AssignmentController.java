package org.techmatch.expert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.accounts.Caller;
import org.techmatch.demand.Assignment;
import org.techmatch.demand.Demand;

/**
 * The workflow's fields of {@code Demand}: who holds it and when it was reviewed, for
 * staff only.
 */
@Controller
public class AssignmentController {

	@SchemaMapping(typeName = "Demand")
	public Assignment assignment(Demand demand) {
		return Caller.current().isStaff() ? demand.assignment() : null;
	}

	@SchemaMapping(typeName = "Demand")
	public OffsetDateTime reviewedAt(Demand demand) {
		Instant at = demand.reviewedAt();
		return (Caller.current().isStaff() && at != null) ? at.atOffset(ZoneOffset.UTC) : null;
	}

}
