package org.techmatch.demand;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.accounts.DemoAccounts;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write and read a demand: its organisation's members and ADMIN change it; other
 * enterprises, experts and anonymous callers do not; only experts, administrators and the
 * owner's members see its owner, budget and version. Status changes follow the state
 * machine.
 */
class DemandOwnershipIT extends ElasticsearchIntegrationTest {

	private static final String UPDATE = "mutation($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { status version } userErrors { field code } } }";

	private static final String CLOSE = "mutation($id: ID!, $v: String!) { closeDemand(input: {id: $id, version: $v}) { demand { status } userErrors { code } } }";

	private static final String READ = "query($id: ID!) { demand(id: $id) { id title ownerOrganization budget { maxWan } version } }";

	@Autowired
	private HttpGraphQlTester anonymous;

	private HttpGraphQlTester as(String token) {
		return TestTokens.as(this.anonymous, token);
	}

	/** A demand submitted by a member of the demo enterprise 绿源: its id and version. */
	private Map<String, Object> submitted() {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "废旧动力电池梯次利用技术");
		input.put("description", "我们回收了大量退役动力电池，需要一套梯次利用和检测分选的技术方案。");
		input.put("chain", "动力电池");
		input.put("budget", Map.of("maxWan", 150));
		input.put("deadline", LocalDate.now().plusMonths(3).toString());
		input.put("ownerOrganization", "冒名顶替有限公司");
		return as(tokens().enterprise()).documentName("submitDemand")
			.variable("input", input)
			.execute()
			.path("submitDemand.demand")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static void expectCode(GraphQlTester.Response response, String code) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
		});
	}

	@Test
	@DisplayName("submitDemand: anonymous UNAUTHENTICATED, EXPERT FORBIDDEN; an enterprise member's demand is owned by the member's organisation, whatever the input names")
	void submitRoles() {
		Map<String, Object> input = Map.of("title", "某种需求标题", "description", "需求描述需求描述需求描述", "ownerOrganization",
				"某公司");
		expectCode(this.anonymous.documentName("submitDemand").variable("input", input).execute(), "UNAUTHENTICATED");
		expectCode(as(tokens().expert()).documentName("submitDemand").variable("input", input).execute(), "FORBIDDEN");
		String id = (String) submitted().get("id");
		as(tokens().enterprise()).document(READ)
			.variable("id", id)
			.execute()
			.path("demand.ownerOrganization")
			.entity(String.class)
			.isEqualTo("新乡市绿源再生资源有限公司");
	}

	@Test
	@DisplayName("another enterprise's member, an expert and an anonymous caller cannot update or close the demand; a colleague and ADMIN can")
	void onlyOwnersWrite() {
		Map<String, Object> demand = submitted();
		String id = (String) demand.get("id");
		String version = (String) demand.get("version");
		Map<String, Object> change = Map.of("id", id, "version", version, "title", "别人的标题改动");
		expectCode(as(tokens().otherEnterprise()).document(UPDATE).variable("input", change).execute(), "FORBIDDEN");
		expectCode(as(tokens().expert()).document(UPDATE).variable("input", change).execute(), "FORBIDDEN");
		expectCode(this.anonymous.document(UPDATE).variable("input", change).execute(), "UNAUTHENTICATED");
		expectCode(as(tokens().otherEnterprise()).document(CLOSE).variable("id", id).variable("v", version).execute(),
				"FORBIDDEN");
		String updated = as(tokens().colleague()).document(UPDATE)
			.variable("input", Map.of("id", id, "version", version, "title", "同事改过的标题"))
			.execute()
			.path("updateDemand.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("updateDemand.demand.version")
			.entity(String.class)
			.get();
		as(tokens().admin()).document(CLOSE)
			.variable("id", id)
			.variable("v", updated)
			.execute()
			.path("closeDemand.demand.status")
			.entity(String.class)
			.isEqualTo("CLOSED");
	}

	@Test
	@DisplayName("OPEN → CONTRACTED is allowed, CONTRACTED → OPEN is refused with INVALID_TRANSITION and changes nothing")
	void stateMachine() {
		Map<String, Object> demand = submitted();
		String id = (String) demand.get("id");
		String contracted = as(tokens().enterprise()).document(UPDATE)
			.variable("input", Map.of("id", id, "version", demand.get("version"), "status", "CONTRACTED"))
			.execute()
			.path("updateDemand.demand.status")
			.entity(String.class)
			.isEqualTo("CONTRACTED")
			.path("updateDemand.demand.version")
			.entity(String.class)
			.get();
		as(tokens().enterprise()).document(UPDATE)
			.variable("input", Map.of("id", id, "version", contracted, "status", "OPEN"))
			.execute()
			.path("updateDemand.demand")
			.valueIsNull()
			.path("updateDemand.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("INVALID_TRANSITION")
			.path("updateDemand.userErrors[0].field")
			.entity(String.class)
			.isEqualTo("status");
		as(tokens().admin()).document(READ)
			.variable("id", id)
			.execute()
			.path("demand.version")
			.entity(String.class)
			.isEqualTo(contracted);
	}

	@Test
	@DisplayName("demand(id): anonymous callers and other enterprises see no owner, budget or version; the owner and experts do")
	void privateFields() {
		String id = (String) submitted().get("id");
		for (HttpGraphQlTester outsider : List.of(this.anonymous, as(tokens().otherEnterprise()))) {
			outsider.document(READ)
				.variable("id", id)
				.execute()
				.path("demand.title")
				.entity(String.class)
				.isEqualTo("废旧动力电池梯次利用技术")
				.path("demand.ownerOrganization")
				.valueIsNull()
				.path("demand.budget")
				.valueIsNull()
				.path("demand.version")
				.valueIsNull();
		}
		for (HttpGraphQlTester insider : List.of(as(tokens().colleague()), as(tokens().expert()))) {
			insider.document(READ)
				.variable("id", id)
				.execute()
				.path("demand.ownerOrganization")
				.entity(String.class)
				.isEqualTo("新乡市绿源再生资源有限公司")
				.path("demand.budget.maxWan")
				.entity(Double.class)
				.isEqualTo(150.0)
				.path("demand.version")
				.entity(String.class)
				.satisfies((version) -> assertThat(version).isNotBlank());
		}
	}

	@Test
	@DisplayName("demandsFor: anonymous callers get no owner, budget, version or budget reason; experts get the owner")
	@SuppressWarnings("unchecked")
	void demandsForHidesOwners() {
		String document = "{ demandsFor(supplyId: \"ach-demo-05933\", first: 20) { edges { node { demand { id ownerOrganization budget { maxWan } version } reasons { kind } } } } }";
		List<Map<String, Object>> anonymousNodes = this.anonymous.document(document)
			.execute()
			.path("demandsFor.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((node) -> (Map<String, Object>) node)
			.toList();
		assertThat(anonymousNodes).isNotEmpty().allSatisfy((node) -> {
			Map<String, Object> demand = (Map<String, Object>) node.get("demand");
			assertThat(demand.get("ownerOrganization")).isNull();
			assertThat(demand.get("budget")).isNull();
			assertThat(demand.get("version")).isNull();
			assertThat((List<Map<String, Object>>) node.get("reasons"))
				.noneSatisfy((reason) -> assertThat(reason.get("kind")).isEqualTo("WITHIN_BUDGET"));
		});
		List<Object> owners = as(tokens().expert()).document(document)
			.execute()
			.path("demandsFor.edges[*].node.demand.ownerOrganization")
			.entityList(Object.class)
			.get();
		assertThat(owners).isNotEmpty().allSatisfy((owner) -> assertThat(owner).isNotNull());
	}

	@Test
	@DisplayName("the demo enterprises and their members exist (README)")
	void demoAccounts() {
		assertThat(tokens().tokenFor(DemoAccounts.ENTERPRISE_2)).isNotBlank();
	}

}
