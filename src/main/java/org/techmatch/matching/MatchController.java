package org.techmatch.matching;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.graphql.Paging;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.matching.Connections.DemandConnection;
import org.techmatch.matching.Connections.MatchConnection;

/** {@code matchDemand}, {@code match} and {@code demandsFor}. */
@Controller
public class MatchController {

	private final MatchService matchService;

	public MatchController(MatchService matchService) {
		this.matchService = matchService;
	}

	@QueryMapping
	public MatchConnection matchDemand(@Argument String id, @Argument Integer first, @Argument String after) {
		return this.matchService.matchDemand(id, Paging.first(first), SearchCursor.decode(after));
	}

	@QueryMapping
	public MatchConnection match(@Argument Need need, @Argument Integer first) {
		return this.matchService.match(need, Paging.first(first));
	}

	@QueryMapping
	public DemandConnection demandsFor(@Argument String supplyId, @Argument Integer first, @Argument String after) {
		return this.matchService.demandsFor(supplyId, Paging.first(first), SearchCursor.decode(after));
	}

}
