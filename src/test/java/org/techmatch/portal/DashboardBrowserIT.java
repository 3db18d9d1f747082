package org.techmatch.portal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** 数据看板 in a real browser: the charts hold the API's figures and are drawn. */
class DashboardBrowserIT extends PortalBrowserTest {

	private HttpGraphQlTester api;

	@Autowired
	void api(HttpGraphQlTester tester) {
		this.api = tester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Test
	@DisplayName("anonymous: the supply charts hold catalogStats' and the catalogue's counts, and their canvases are drawn")
	void supplyCharts() {
		this.browser.viewport(1280, 1100);
		open("#/dashboard");
		DashboardPage page = new DashboardPage(this.browser).awaitChart("cluster").awaitChart("maturity");

		List<Map<String, Object>> clusters = this.api.document("{ catalogStats { byCluster { name count } } }")
			.execute()
			.path("catalogStats.byCluster")
			.entityList(Map.class)
			.get()
			.stream()
			.map((c) -> Map.<String, Object>of("name", c.get("name"), "value", ((Number) c.get("count")).doubleValue()))
			.toList();
		assertThat(page.series("cluster"))
			.map((e) -> Map.of("name", e.get("name"), "value", ((Number) e.get("value")).doubleValue()))
			.containsExactlyElementsOf(clusters);

		List<Map<String, Object>> maturity = page.series("maturity");
		assertThat(maturity).extracting((e) -> e.get("name")).containsExactly("正在研发", "已有样品", "通过小试", "通过中试", "可以量产");
		long mass = this.api.document("{ search(input: {maturities: [MASS_PRODUCTION]}, first: 1) { totalCount } }")
			.execute()
			.path("search.totalCount")
			.entity(Long.class)
			.get();
		assertThat(((Number) maturity.get(4).get("value")).longValue()).isEqualTo(mass);

		for (String chart : List.of("cluster", "chain", "city", "maturity")) {
			assertThat(page.paintedPixels(chart)).as(chart).isGreaterThan(2000);
		}
		page.awaitRendered("turnover", "funnel", "turnover-city", "cluster", "chain", "city", "maturity");
		this.browser.screenshot("dashboard-anonymous");
	}

}
