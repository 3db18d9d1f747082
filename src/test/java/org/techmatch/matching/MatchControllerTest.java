package org.techmatch.matching;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.achievement.AchievementController;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.graphql.GraphQlExceptionResolver;
import org.techmatch.graphql.PageInfo;
import org.techmatch.matching.Connections.Edge;
import org.techmatch.matching.Connections.MatchConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

@GraphQlTest(controllers = { MatchController.class, AchievementController.class })
@Import({ GraphQlExceptionResolver.class, IndustrialChainTaxonomy.class })
class MatchControllerTest {

	@Autowired
	private GraphQlTester graphQlTester;

	@MockitoBean
	private MatchService matchService;

	private static MatchConnection oneMatch() {
		Achievement item = new Achievement("ach-demo-00001", null, null, "退役电池回收", null, null, List.of(), null,
				"NEV_BATTERY", "NEW_ENERGY_VEHICLES", Maturity.PILOT_PROVEN, null, null, List.of(), null, null, null,
				null, null);
		Match match = new Match(42.5, item, List.of(new MatchReason(MatchReasonKind.TEXT, "文本匹配：电池", "匹配词：电池", 30.0),
				new MatchReason(MatchReasonKind.SAME_CHAIN, "同一产业链：动力电池", null, 60.0)));
		return new MatchConnection(7, List.of(new Edge<>("c1", match)), new PageInfo(true, false, "c1", "c1"));
	}

	@Test
	@DisplayName("matchDemand maps the connection: totalCount, edges with item type, reasons, pageInfo")
	void matchDemandMapsConnection() {
		given(this.matchService.matchDemand(eq("dem-demo-0001"), eq(List.of()), eq(10), any(), any()))
			.willReturn(oneMatch());
		this.graphQlTester.documentName("matchDemand")
			.variable("id", "dem-demo-0001")
			.variable("first", 10)
			.execute()
			.path("matchDemand")
			.matchesJson(
					"""
							{ "totalCount": 7,
							  "edges": [ { "cursor": "c1", "node": { "score": 42.5,
							    "reasons": [ { "kind": "TEXT", "label": "文本匹配：电池", "detail": "匹配词：电池", "weight": 30.0 },
							                 { "kind": "SAME_CHAIN", "label": "同一产业链：动力电池", "detail": null, "weight": 60.0 } ],
							    "item": { "__typename": "Achievement", "id": "ach-demo-00001", "title": "退役电池回收",
							              "chain": { "code": "NEV_BATTERY" }, "maturity": "PILOT_PROVEN" } } } ],
							  "pageInfo": { "hasNextPage": true, "hasPreviousPage": false, "startCursor": "c1", "endCursor": "c1" } }
							""");
	}

	@Test
	@DisplayName("first above 100 is BAD_USER_INPUT and never reaches the service")
	void firstIsCapped() {
		this.graphQlTester.documentName("matchDemand")
			.variable("id", "dem-demo-0001")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
		verifyNoInteractions(this.matchService);
	}

	@Test
	@DisplayName("a garbage after cursor is BAD_USER_INPUT")
	void badCursor() {
		this.graphQlTester.documentName("matchDemand")
			.variable("id", "dem-demo-0001")
			.variable("first", 10)
			.variable("after", "not-a-cursor!")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	@DisplayName("match binds NeedInput (enums, lists, numbers) into a Need")
	void matchBindsNeed() {
		given(this.matchService.match(any(), anyInt(), any())).willAnswer((invocation) -> {
			Need need = invocation.getArgument(0);
			assertThat(need.title()).isEqualTo("动力电池回收");
			assertThat(need.maturityAtLeast()).isEqualTo(Maturity.LAB_PROVEN);
			assertThat(need.budgetMax()).isEqualTo(100.0);
			assertThat(need.require()).containsExactly(MatchReasonKind.SAME_CITY);
			return oneMatch();
		});
		this.graphQlTester.documentName("match")
			.variable("need",
					Map.of("title", "动力电池回收", "description", "寻求退役动力电池梯次利用与材料回收技术", "maturityAtLeast", "LAB_PROVEN",
							"budgetMax", 100, "city", "郑州", "require", List.of("SAME_CITY")))
			.variable("first", 5)
			.execute()
			.path("match.totalCount")
			.entity(Integer.class)
			.isEqualTo(7);
	}

}
