package org.techmatch.portal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 我的需求: the demand form, a demand's matches with their reason chips. */
class DemandsPage {

	private final Browser browser;

	DemandsPage(Browser browser) {
		this.browser = browser;
	}

	DemandsPage startNew() {
		this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=new-demand]"))).click();
		this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=demand-form]")));
		return this;
	}

	/** Replaces the text of a form field (data-field). */
	DemandsPage type(String field, String text) {
		WebElement input = field(field);
		input.clear();
		input.sendKeys(text);
		return this;
	}

	DemandsPage choose(String field, String value) {
		new Select(field(field)).selectByValue(value);
		return this;
	}

	DemandsPage mode(String mode) {
		this.browser.driver().findElement(By.cssSelector("[data-mode='" + mode + "']")).click();
		return this;
	}

	WebElement field(String field) {
		return this.browser.driver().findElement(By.cssSelector("[data-field='" + field + "']"));
	}

	void save() {
		this.browser.driver().findElement(By.cssSelector("[data-testid=save-demand]")).click();
	}

	/** Waits for the error shown for a field, and answers it. */
	WebElement awaitError(String field) {
		return this.browser.until((d) -> {
			List<WebElement> found = d.findElements(By.cssSelector("[data-error-for='" + field + "']"));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	List<String> errorFields() {
		return this.browser.driver()
			.findElements(By.cssSelector("[data-error-for]"))
			.stream()
			.map((e) -> e.getDomAttribute("data-error-for"))
			.toList();
	}

	/**
	 * Waits until the matches of the shown demand, asked with exactly these required
	 * criteria, are listed and no newer request is under way, and answers what the rows
	 * show (read inside the wait, so a list the page re-renders meanwhile is read again).
	 */
	List<MatchRow> awaitMatches(String... required) {
		String asked = String.join(",", required);
		By list = By.cssSelector("[data-testid=match-list][data-matches-for='" + asked + "']:not(.loading)");
		return this.browser.until((d) -> {
			List<WebElement> lists = d.findElements(list);
			if (lists.isEmpty()) {
				return null;
			}
			List<MatchRow> rows = lists.get(0)
				.findElements(By.cssSelector(":scope > li"))
				.stream()
				.map(MatchRow::of)
				.toList();
			return rows.isEmpty() ? null : rows;
		});
	}

	/** A match row as shown: the item's id and its reason chips (kinds and labels). */
	record MatchRow(String id, List<String> reasonKinds, List<String> reasonLabels) {

		static MatchRow of(WebElement row) {
			List<WebElement> reasons = row.findElements(By.cssSelector("[data-reason]"));
			return new MatchRow(row.getDomAttribute("data-id"),
					reasons.stream().map((r) -> r.getDomAttribute("data-reason")).toList(),
					reasons.stream().map(WebElement::getText).toList());
		}

	}

	void require(String kind) {
		this.browser.driver().findElement(By.cssSelector("[data-require='" + kind + "']")).click();
	}

}
