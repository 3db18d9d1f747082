package org.techmatch.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.graphql.SelectedFields;

/** {@code search}, {@code suggest} and {@code similar}. */
@Controller
public class SearchController {

	private final SearchService searchService;

	private final SuggestService suggestService;

	public SearchController(SearchService searchService, SuggestService suggestService) {
		this.searchService = searchService;
		this.suggestService = suggestService;
	}

	@QueryMapping
	public SupplyConnection search(@Argument SearchInput input, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment environment) {
		return this.searchService.search(input, first, after, SearchSelection.of(SelectedFields.of(environment)));
	}

	@QueryMapping
	public List<Suggestion> suggest(@Argument String prefix, @Argument Integer first) {
		return this.suggestService.suggest(prefix, first);
	}

	@QueryMapping
	public SupplyConnection similar(@Argument String id, @Argument Integer first) {
		return this.searchService.similar(id, first);
	}

}
