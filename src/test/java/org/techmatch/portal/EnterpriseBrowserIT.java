package org.techmatch.portal;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import org.techmatch.accounts.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** 我的需求 in a real browser: an enterprise member posts a demand and reads its matches. */
class EnterpriseBrowserIT extends PortalBrowserTest {

	private static final String DESCRIPTION = "我们是做二手电动车的，每年收上来很多用过的锂电池，想找一套能把旧电池拆开、把锂钴镍提出来的技术，最好环保，不要用太多酸。";

	@Test
	@DisplayName("an enterprise signs in, submits a demand with one invalid field (error beside it), fixes it and sees its matches with reason chips")
	void submitAndMatch() {
		this.browser.viewport(1280, 1200);
		signIn(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD);
		assertThat(this.browser.driver().getCurrentUrl()).contains("#/demands");

		DemandsPage page = new DemandsPage(this.browser).startNew()
			.type("title", "旧电池回收处理技术")
			.type("description", "太短了")
			.choose("chain", "NEV_BATTERY")
			.choose("maturityAtLeast", "PILOT_PROVEN")
			.mode("LICENSE")
			.type("maxWan", "200")
			.type("city", "新乡");
		page.save();
		WebElement error = page.awaitError("description");
		assertThat(error.getText()).contains("需求描述").contains("10");
		// beside its field: in the same field block as the description box
		WebElement block = error.findElement(By.xpath(".."));
		assertThat(block.findElements(By.cssSelector("[data-field=description]"))).hasSize(1);
		assertThat(page.errorFields()).containsExactly("description");

		page.type("description", DESCRIPTION);
		page.save();
		this.browser.until((d) -> d.getCurrentUrl().matches(".*#/demands/dem-[0-9a-f]+$"));
		List<DemandsPage.MatchRow> matches = page.awaitMatches();
		assertThat(matches).hasSize(10);
		for (DemandsPage.MatchRow match : matches) {
			assertThat(match.reasonKinds()).contains("TEXT");
		}
		assertThat(matches.get(0).reasonLabels()).anyMatch((label) -> label.startsWith("文本匹配："))
			.anyMatch((label) -> label.contains("动力电池"));
		this.browser.screenshot("enterprise-matches");

		// require the same city: every match shown now has that reason
		page.require("SAME_CITY");
		this.browser.until((d) -> d.getCurrentUrl().contains("require=SAME_CITY"));
		List<DemandsPage.MatchRow> sameCity = page.awaitMatches("SAME_CITY");
		assertThat(sameCity).isNotEmpty().allSatisfy((match) -> assertThat(match.reasonKinds()).contains("SAME_CITY"));
	}

	@Test
	@DisplayName("an expired session returns to sign-in and then to the page the member was on")
	void expiredSession() {
		signIn(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD);
		DemandsPage page = new DemandsPage(this.browser).startNew();
		String formUrl = this.browser.driver().getCurrentUrl();
		// the server no longer knows the session the browser holds
		this.browser.driver().manage().deleteCookieNamed("JSESSIONID");
		this.browser.driver().manage().addCookie(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF"));
		page.type("title", "旧电池回收处理技术").type("description", DESCRIPTION);
		page.save();

		this.browser.until((d) -> d.getCurrentUrl().contains("#/login"));
		LoginPage login = new LoginPage(this.browser);
		this.browser.until((d) -> login.saysExpired());
		login.signIn(DemoAccounts.ENTERPRISE, DemoAccounts.PASSWORD);
		this.browser.until((d) -> d.getCurrentUrl().equals(formUrl));
		assertThat(this.browser.driver().findElements(By.cssSelector("[data-testid=demand-form]"))).hasSize(1);
	}

}
