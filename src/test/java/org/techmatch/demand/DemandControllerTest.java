package org.techmatch.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.graphql.GraphQlExceptionResolver;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

@GraphQlTest(controllers = DemandController.class)
@Import({ GraphQlExceptionResolver.class, IndustrialChainTaxonomy.class, DemandVisibility.class })
@WithMockUser(roles = "ADMIN")
class DemandControllerTest {

	@Autowired
	private GraphQlTester graphQlTester;

	@MockitoBean
	private DemandService demandService;

	private static Demand stored() {
		Instant at = Instant.parse("2026-11-28T01:00:00Z");
		return new Demand("dem-0123456789abcdef", "旧电池回收处理技术", "每年收上来很多用过的锂电池。", List.of(), null, "NEV_BATTERY",
				"NEW_ENERGY_VEHICLES", null, List.of(TransferMode.LICENSE), new Budget(false, 10.0, 80.0), "新乡",
				LocalDate.of(2027, 6, 30), DemandStatus.OPEN, "新乡某公司", null, at, at, "0.1", null, null, null, null,
				null);
	}

	@Test
	@DisplayName("submitDemand binds the input and returns the stored demand with chain, cluster and version")
	void submitReturnsDemand() {
		given(this.demandService.submit(any())).willReturn(DemandPayload.ok(stored()));
		this.graphQlTester.documentName("submitDemand")
			.variable("input",
					Map.of("title", "旧电池回收处理技术", "description", "每年收上来很多用过的锂电池。", "chain", "动力电池", "ownerOrganization",
							"新乡某公司", "cooperationModes", List.of("LICENSE"), "budget",
							Map.of("minWan", 10, "maxWan", 80), "deadline", "2027-06-30"))
			.execute()
			.path("submitDemand")
			.matchesJson(
					"""
							{ "demand": { "id": "dem-0123456789abcdef", "status": "OPEN", "version": "0.1",
							  "chain": { "code": "NEV_BATTERY", "name": "动力电池" }, "cluster": { "code": "NEW_ENERGY_VEHICLES" },
							  "budget": { "negotiable": false, "minWan": 10.0, "maxWan": 80.0 }, "cooperationModes": ["LICENSE"],
							  "deadline": "2027-06-30", "createdAt": "2026-11-28T01:00:00.000Z" },
							  "userErrors": [] }
							""");
	}

	@Test
	@DisplayName("user errors come back as data in the payload, with field, message and code, and no demand")
	void userErrorsAreData() {
		given(this.demandService.update(any())).willReturn(DemandPayload
			.failed(List.of(UserError.of("version", UserErrorCode.CONFLICT, "changed by someone else"))));
		this.graphQlTester.documentName("updateDemand")
			.variable("input", Map.of("id", "dem-0123456789abcdef", "version", "0.1", "title", "新标题新标题"))
			.execute()
			.path("updateDemand")
			.matchesJson(
					"""
							{ "demand": null, "userErrors": [ { "field": "version", "message": "changed by someone else", "code": "CONFLICT" } ] }
							""");
	}

	@Test
	@DisplayName("an unknown demand id gives NOT_FOUND")
	void unknownDemand() {
		given(this.demandService.demand("dem-missing")).willReturn(java.util.Optional.empty());
		this.graphQlTester.document("{ demand(id: \"dem-missing\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> org.assertj.core.api.Assertions.assertThat(errors)
				.singleElement()
				.satisfies((e) -> org.assertj.core.api.Assertions.assertThat(e.getExtensions())
					.containsEntry("code", "NOT_FOUND")));
	}

}
