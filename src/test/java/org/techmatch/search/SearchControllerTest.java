package org.techmatch.search;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.InstitutionType;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.SupplyType;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.achievement.AchievementController;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.DateScalars;
import org.techmatch.graphql.GraphQlExceptionResolver;
import org.techmatch.graphql.PageInfo;
import org.techmatch.search.Facet.FacetValue;
import org.techmatch.search.SupplyConnection.Highlight;
import org.techmatch.search.SupplyConnection.SupplyEdge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

@GraphQlTest(controllers = { SearchController.class, AchievementController.class })
@Import({ GraphQlExceptionResolver.class, DateScalars.class, IndustrialChainTaxonomy.class })
class SearchControllerTest {

	@Autowired
	private GraphQlTester graphQlTester;

	@MockitoBean
	private SearchService searchService;

	@MockitoBean
	private SuggestService suggestService;

	private static final Achievement ACHIEVEMENT = new Achievement("ach-demo-00001", "demo", "1", "动力电池回收利用技术", "摘要",
			"描述", List.of("动力电池", "回收"), null, "NEV_BATTERY", "NEW_ENERGY_VEHICLES", Maturity.PILOT_PROVEN, null, null,
			List.of(TransferMode.LICENSE), new AskingPrice(false, 50.0, 80.0),
			new Institution("郑州大学", InstitutionType.UNIVERSITY, "郑州"), "河南省", LocalDate.of(2024, 3, 1), null);

	private static final Capability CAPABILITY = new Capability("cap-demo-0001", "demo", "1",
			new Institution("郑州大学", InstitutionType.UNIVERSITY, "郑州"), "电池团队", "电池检测服务", "描述",
			List.of(ServiceType.TESTING), List.of(), List.of("NEV_BATTERY"), List.of(), List.of(), List.of(), List.of(),
			"郑州", LocalDate.of(2024, 2, 1), null);

	@Test
	@DisplayName("search returns achievements and capabilities as SupplyItem nodes with score, highlights, paging and facets")
	void searchMapsTheConnection() {
		SupplyConnection connection = new SupplyConnection(2,
				List.of(new SupplyEdge("c1", ACHIEVEMENT, 12.5,
						List.of(new Highlight("title", List.of("<em>动力电池</em>回收利用技术")))),
						new SupplyEdge("c2", CAPABILITY, 3.0, List.of())),
				new PageInfo(true, false, "c1", "c2"),
				List.of(new Facet(FacetDimension.CHAIN, "产业链", List.of(new FacetValue("NEV_BATTERY", "动力电池", 2,
						SearchFilterPatch.of(FacetDimension.CHAIN, "NEV_BATTERY"))))));
		given(this.searchService.search(any(), eq(2), eq(null), any())).willReturn(connection);

		var response = this.graphQlTester.documentName("search")
			.variable("input", java.util.Map.of("text", "动力电池", "chains", List.of("NEV_BATTERY")))
			.variable("first", 2)
			.execute();
		response.path("search.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("search.edges[0].node.__typename").entity(String.class).isEqualTo("Achievement");
		response.path("search.edges[0].node.chain.code").entity(String.class).isEqualTo("NEV_BATTERY");
		response.path("search.edges[1].node.__typename").entity(String.class).isEqualTo("Capability");
		response.path("search.edges[0].highlights[0].fragments[0]")
			.entity(String.class)
			.isEqualTo("<em>动力电池</em>回收利用技术");
		response.path("search.pageInfo").matchesJson("{\"hasNextPage\": true, \"endCursor\": \"c2\"}");
		response.path("search.facets[0]")
			.matchesJson(
					"""
							{ "dimension": "CHAIN", "label": "产业链", "values": [ { "value": "NEV_BATTERY", "label": "动力电池", "count": 2,
							  "input": { "types": null, "clusters": null, "chains": ["NEV_BATTERY"], "maturities": null,
							             "transferModes": null, "ipTypes": null, "institutionTypes": null, "cities": null } } ] }
							""");
	}

	@Test
	@DisplayName("search binds the typed filters of SearchInput, with RELEVANCE as the default sort")
	void searchBindsTheInput() {
		given(this.searchService.search(any(), any(), any(), any()))
			.willReturn(new SupplyConnection(0, List.of(), new PageInfo(false, false, null, null), List.of()));
		this.graphQlTester.documentName("searchIds")
			.variable("input",
					java.util.Map.of("text", "电池", "types", List.of("ACHIEVEMENT"), "maturityAtLeast", "LAB_PROVEN",
							"transferModes", List.of("LICENSE"), "cities", List.of("郑州"), "priceMax", 100,
							"publishedAfter", "2024-01-01"))
			.variable("first", 10)
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		org.mockito.ArgumentCaptor<SearchInput> input = org.mockito.ArgumentCaptor.forClass(SearchInput.class);
		org.mockito.Mockito.verify(this.searchService).search(input.capture(), eq(10), eq(null), any());
		assertThat(input.getValue().types()).containsExactly(SupplyType.ACHIEVEMENT);
		assertThat(input.getValue().maturityAtLeast()).isEqualTo(Maturity.LAB_PROVEN);
		assertThat(input.getValue().transferModes()).containsExactly(TransferMode.LICENSE);
		assertThat(input.getValue().priceMax()).isEqualTo(100.0);
		assertThat(input.getValue().publishedAfter()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(input.getValue().sort()).isEqualTo(SearchSort.RELEVANCE);
	}

	@Test
	@DisplayName("a BAD_USER_INPUT from the service (first = 1000) reaches the client with its code and argument")
	void badFirstIsBadUserInput() {
		given(this.searchService.search(any(), eq(1000), any(), any()))
			.willThrow(ApiException.badInput("first", "first must be between 1 and 100, was 1000"));
		this.graphQlTester.document("{ search(input: {text: \"电池\"}, first: 1000) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((e) -> {
				assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "first");
			}));
	}

	@Test
	@DisplayName("an unknown enum value in SearchInput is a BAD_USER_INPUT validation error")
	void unknownEnumIsBadUserInput() {
		this.graphQlTester.document("{ search(input: {maturities: [SOON]}, first: 5) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((e) -> assertThat(e.getErrorType().toString()).isEqualTo("ValidationError")));
	}

	@Test
	@DisplayName("suggest passes prefix and first through and returns text, kind and id")
	void suggestMapsSuggestions() {
		given(this.suggestService.suggest("动力电", 8))
			.willReturn(List.of(new Suggestion("动力电池", Suggestion.Kind.CHAIN, "NEV_BATTERY"),
					new Suggestion("动力电池回收", Suggestion.Kind.KEYWORD, null)));
		this.graphQlTester.documentName("suggest").variable("prefix", "动力电").execute().path("suggest").matchesJson("""
				[ { "text": "动力电池", "kind": "CHAIN", "id": "NEV_BATTERY" },
				  { "text": "动力电池回收", "kind": "KEYWORD", "id": null } ]
				""");
	}

	@Test
	@DisplayName("similar of an unknown id gives NOT_FOUND without exception text")
	void similarUnknownIsNotFound() {
		given(this.searchService.similar("ach-demo-99999", 5))
			.willThrow(ApiException.notFound("Supply item", "ach-demo-99999"));
		this.graphQlTester.documentName("similar")
			.variable("id", "ach-demo-99999")
			.variable("first", 5)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	@Test
	@DisplayName("an Elasticsearch failure that is not the client's fault is INTERNAL with a request id and no exception text")
	void unexpectedFailureIsOpaque() {
		given(this.searchService.search(any(), any(), any(), any()))
			.willThrow(new IllegalStateException("shard [3] exploded"));
		this.graphQlTester.document("{ search(input: {text: \"电池\"}, first: 5) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((e) -> {
				assertThat(e.getExtensions()).containsEntry("code", "INTERNAL").containsKey("requestId");
				assertThat(e.getMessage()).doesNotContain("shard");
			}));
	}

}
