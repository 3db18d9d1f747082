package org.techmatch.matching;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.graphql.Paging;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.graphql.SelectedFields;
import org.techmatch.matching.Connections.DemandConnection;
import org.techmatch.matching.Connections.MatchConnection;
import org.techmatch.supply.SupplyLongFields;

/** {@code matchDemand}, {@code match} and {@code demandsFor}. */
@Controller
public class MatchController {

	/** Where a match's item sits in a MatchConnection selection. */
	private static final String ITEM_PATH = "edges/node/item";

	private final MatchService matchService;

	public MatchController(MatchService matchService) {
		this.matchService = matchService;
	}

	@QueryMapping
	public MatchConnection matchDemand(@Argument String id, @Argument List<MatchReasonKind> require,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment environment) {
		return this.matchService.matchDemand(id, (require != null) ? require : List.of(), Paging.first(first),
				supplyCursor(after), SupplyLongFields.selected(SelectedFields.of(environment), ITEM_PATH));
	}

	@QueryMapping
	public MatchConnection match(@Argument Need need, @Argument Integer first, DataFetchingEnvironment environment) {
		return this.matchService.match(need, Paging.first(first),
				SupplyLongFields.selected(SelectedFields.of(environment), ITEM_PATH));
	}

	@QueryMapping
	public DemandConnection demandsFor(@Argument String supplyId, @Argument Integer first, @Argument String after) {
		return this.matchService.demandsFor(supplyId, Paging.first(first), demandCursor(after));
	}

	/** A cursor of matchDemand (its tie-breaker an item id); others BAD_USER_INPUT. */
	private static SearchCursor supplyCursor(String after) {
		SearchCursor cursor = SearchCursor.decode(after);
		return (cursor != null) ? cursor.requireTieBreaker("ach-", "cap-") : null;
	}

	/** A cursor of demandsFor (its tie-breaker a demand id); others BAD_USER_INPUT. */
	private static SearchCursor demandCursor(String after) {
		SearchCursor cursor = SearchCursor.decode(after);
		return (cursor != null) ? cursor.requireTieBreaker("dem-") : null;
	}

}
