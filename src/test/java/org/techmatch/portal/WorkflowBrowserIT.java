package org.techmatch.portal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import org.techmatch.accounts.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert workflow in two real browsers side by side: an expert recommends, the
 * enterprise's open page shows it live and accepts, the expert moves it to CONTRACTED,
 * and the dashboard's turnover chart counts the contract.
 */
class WorkflowBrowserIT extends PortalBrowserTest {

	private static final String EXPERT = "expert.li@techmatch.demo";

	/** The expert's own browser (the enterprise's is {@link #browser}). */
	@RegisterExtension
	final Browser expert = new Browser("expert");

	private HttpGraphQlTester api;

	@Autowired
	void api(HttpGraphQlTester tester) {
		this.api = tester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	@DisplayName("expert claims and recommends → the enterprise's page shows it without reload → accepts → CONTRACTED 120 万元 → the dashboard's turnover chart includes it")
	void recommendationToContract() {
		String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
		double turnoverBefore = turnover(month);

		// the expert's queue is open when the enterprise submits: it learns of the demand
		// live (queueEvents)
		this.expert.viewport(1280, 1000);
		signIn(this.expert, EXPERT, DemoAccounts.PASSWORD);
		open(this.expert, "#/expert?tab=queue");
		this.expert.until((d) -> d.findElement(By.cssSelector("[data-testid=queue-filters] .live[data-live=true]")));
		String demandId = submitDemand();
		this.expert.until((d) -> d.findElement(By.cssSelector("[data-testid=queue-badge]")));

		// the enterprise watches its demand
		this.browser.viewport(1280, 1200);
		signIn(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD);
		open("#/demands/" + demandId);
		this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=recommendations] .live[data-live=true]")));
		this.browser.script("window.__sameDocument = 'yes'");

		// the expert claims it and recommends an item with a note
		open(this.expert, "#/expert?tab=queue&demand=" + demandId);
		ExpertPage console = new ExpertPage(this.expert).claim();
		String supplyId = console.recommendFirst("工艺成熟，已在同类企业完成中试，建议尽快对接。");
		this.expert.screenshot("expert-console");

		// the enterprise's page shows it, live: same document, no reload
		WebElement recommendation = this.browser.until(
				(d) -> d.findElement(By.cssSelector("[data-testid=recommendations] [data-supply='" + supplyId + "']")));
		assertThat(recommendation.getText()).contains("工艺成熟").contains("待答复");
		assertThat(this.browser.driver().findElement(By.cssSelector("[data-testid=recommendation-badge]")).getText())
			.isEqualTo("1");
		assertThat(this.browser.script("return window.__sameDocument")).isEqualTo("yes");
		this.browser.screenshot("enterprise-recommendation");
		recommendation.findElement(By.cssSelector("[data-testid=accept]")).click();
		this.browser.until(
				(d) -> d.findElement(By.cssSelector("[data-testid=recommendations] [data-supply='" + supplyId + "']"))
					.getText()
					.contains("已接受"));

		// the expert moves it along the board to CONTRACTED with the contract
		open(this.expert, "#/expert?tab=board");
		console.move(demandId, supplyId, "ACCEPTED", "CONTACTED");
		console.move(demandId, supplyId, "CONTACTED", "NEGOTIATING");
		console.move(demandId, supplyId, "NEGOTIATING", "CONTRACTED");
		console.contract("120", "LICENSE", "9141000000000001");
		assertThat(console.awaitCard(demandId, supplyId, "CONTRACTED").getText()).contains("技术许可").contains("120");
		this.expert.until((d) -> d.findElements(By.cssSelector("[data-testid=contract-form]")).isEmpty());
		this.expert.screenshot("expert-board");

		// the dashboard's turnover chart counts it
		double turnoverAfter = turnover(month);
		assertThat(turnoverAfter).isEqualTo(turnoverBefore + 120, org.assertj.core.data.Offset.offset(0.001));
		open(this.expert, "#/dashboard");
		DashboardPage dashboard = new DashboardPage(this.expert).awaitChart("turnover");
		List<Map<String, Object>> months = dashboard.series("turnover");
		Map<String, Object> current = months.get(months.size() - 1);
		assertThat(current.get("name")).isEqualTo(month);
		assertThat(((Number) current.get("value")).doubleValue()).isEqualTo(turnoverAfter,
				org.assertj.core.data.Offset.offset(0.01));
		assertThat(dashboard.paintedPixels("turnover")).isGreaterThan(2000);
		dashboard.awaitRendered("turnover", "funnel", "turnover-city", "experts", "demand-status");
		this.expert.screenshot("dashboard");
	}

	/** This month's turnover as the API answers it. */
	private double turnover(String month) {
		String from = month + "-01";
		String to = LocalDate.parse(from).plusMonths(1).minusDays(1).toString();
		List<Map> groups = this.api.document(
				"query($from: Date!, $to: Date!) { transferStats(from: $from, to: $to, groupBy: MONTH) { groups { key turnoverWan } } }")
			.variable("from", from)
			.variable("to", to)
			.execute()
			.path("transferStats.groups")
			.entityList(Map.class)
			.get();
		return groups.stream()
			.filter((g) -> month.equals(g.get("key")))
			.mapToDouble((g) -> ((Number) g.get("turnoverWan")).doubleValue())
			.sum();
	}

	private String submitDemand() {
		return this.api.mutate()
			.headers((h) -> h.setBearerAuth(tokens().enterprise()))
			.build()
			.document(
					"""
							mutation($input: SubmitDemandInput!) { submitDemand(input: $input) { demand { id } userErrors { code } } }""")
			.variable("input",
					Map.of("title", "旧电池回收处理技术", "description",
							"我们是做二手电动车的，每年收上来很多用过的锂电池，想找一套能把旧电池拆开、把锂钴镍提出来的技术，最好环保，不要用太多酸。", "chain", "动力电池",
							"maturityAtLeast", "PILOT_PROVEN", "cooperationModes", List.of("LICENSE"), "budget",
							Map.of("maxWan", 200), "city", "新乡"))
			.execute()
			.path("submitDemand.demand.id")
			.entity(String.class)
			.get();
	}

}
