package org.techmatch.portal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** 找成果: the search box, the facets, the chips and the results. */
class SearchPage {

	private final Browser browser;

	SearchPage(Browser browser) {
		this.browser = browser;
	}

	SearchPage typeQuery(String text) {
		WebElement box = this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=search-box]")));
		box.click();
		box.sendKeys(text);
		return this;
	}

	SearchPage clearQuery() {
		WebElement box = this.browser.driver().findElement(By.cssSelector("[data-testid=search-box]"));
		box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		return this;
	}

	/**
	 * Waits until the search for this text has finished (the address carries it and
	 * nothing is loading), and answers its total.
	 */
	int awaitSearch(String text) {
		this.browser.until((d) -> Boolean.TRUE.equals(
				this.browser.script("return decodeURIComponent(location.hash).includes('q=' + arguments[0])", text)));
		return awaitTotal();
	}

	/**
	 * Waits until the total and the results show a finished search, and answers the
	 * total.
	 */
	int awaitTotal() {
		return this.browser.until((d) -> {
			List<WebElement> total = d.findElements(By.cssSelector("[data-testid=total]"));
			boolean updating = d.getPageSource().contains("（更新中…）");
			return (total.isEmpty() || updating) ? null : Integer.parseInt(total.get(0).getText().trim());
		});
	}

	/** Waits until the page shows this total. */
	void awaitTotal(int expected) {
		this.browser.until((d) -> {
			List<WebElement> total = d.findElements(By.cssSelector("[data-testid=total]"));
			return !total.isEmpty() && total.get(0).getText().trim().equals(String.valueOf(expected))
					&& !d.getPageSource().contains("（更新中…）");
		});
	}

	/** Ids of the results shown, in order. */
	List<String> resultIds() {
		return this.browser.driver()
			.findElements(By.cssSelector("[data-testid=results] > li"))
			.stream()
			.map((li) -> li.getDomAttribute("data-id"))
			.toList();
	}

	/** The facet buttons of one dimension (e.g. CITY), in the order shown. */
	List<WebElement> facetValues(String dimension) {
		openFacet(dimension);
		return this.browser.driver().findElements(By.cssSelector("[data-facet='" + dimension + "']"));
	}

	void openFacet(String dimension) {
		WebElement group = this.browser.driver().findElement(By.cssSelector("[data-facet-group='" + dimension + "']"));
		if (group.getDomAttribute("open") == null) {
			group.findElement(By.tagName("summary")).click();
		}
	}

	static String value(WebElement facet) {
		return facet.getDomAttribute("data-value");
	}

	static int count(WebElement facet) {
		return Integer.parseInt(facet.findElement(By.className("count")).getText().trim());
	}

	/** The chips of the applied filters, as DIMENSION:value. */
	List<String> chips() {
		return this.browser.driver()
			.findElements(By.cssSelector("[data-chip]"))
			.stream()
			.map((chip) -> chip.getDomAttribute("data-chip"))
			.toList();
	}

	/** The suggestions shown under the search box. */
	List<String> suggestions() {
		return this.browser.driver()
			.findElements(By.cssSelector("[data-testid=suggestions] li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
