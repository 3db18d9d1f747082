package org.techmatch.portal;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 专家工作台: claim, recommend with a note, the pipeline board and its moves. */
class ExpertPage {

	private final Browser browser;

	ExpertPage(Browser browser) {
		this.browser = browser;
	}

	ExpertPage claim() {
		this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=claim]"))).click();
		this.browser.until((d) -> !d.findElements(By.cssSelector("[data-testid=release]")).isEmpty());
		return this;
	}

	/**
	 * Recommends the first candidate that is not recommended yet, with a note; answers
	 * its id.
	 */
	String recommendFirst(String note) {
		WebElement candidate = this.browser.until((d) -> {
			List<WebElement> rows = d.findElements(By.cssSelector("[data-testid=candidates] li"));
			return rows.stream()
				.filter((r) -> !r.findElements(By.cssSelector("[data-testid=recommend]")).isEmpty())
				.findFirst()
				.orElse(null);
		});
		String id = candidate.getDomAttribute("data-id");
		candidate.findElement(By.cssSelector("[data-testid=recommend]")).click();
		WebElement text = this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=recommend-note]")));
		text.sendKeys(note);
		this.browser.driver().findElement(By.cssSelector("[data-testid=send-recommendation]")).click();
		this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=candidates] li[data-id='" + id + "']"))
			.findElements(By.cssSelector("[data-testid=recommend]"))
			.isEmpty() && d.getPageSource().contains("已推荐"));
		return id;
	}

	/**
	 * The board card of a recommendation (by its demand and supply item: the board also
	 * shows the other demands' recommendations of the same item), waiting until it is in
	 * this stage.
	 */
	WebElement awaitCard(String demandId, String supplyId, String stage) {
		return this.browser.until((d) -> {
			List<WebElement> cards = d.findElements(
					By.cssSelector("[data-stage='" + stage + "'] .board-card[data-demand='" + demandId + "']"));
			return cards.stream()
				.filter((c) -> !c.findElements(By.cssSelector("a[href*='" + supplyId + "']")).isEmpty())
				.findFirst()
				.orElse(null);
		});
	}

	/**
	 * Clicks the card's move to {@code to} once the card is in {@code from} and the
	 * button takes clicks (the board may show a card's new stage, read from the server,
	 * before the answer to the move that put it there has arrived: its buttons are
	 * disabled until then).
	 */
	void move(String demandId, String supplyId, String from, String to) {
		WebElement button = this.browser.until((d) -> {
			WebElement found = awaitCard(demandId, supplyId, from)
				.findElement(By.cssSelector("[data-move='" + to + "']"));
			return found.isEnabled() ? found : null;
		});
		button.click();
	}

	void contract(String valueWan, String type, String registrationNumber) {
		WebElement form = this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=contract-form]")));
		form.findElement(By.cssSelector("[data-contract=valueWan]")).sendKeys(valueWan);
		new Select(form.findElement(By.cssSelector("[data-contract=type]"))).selectByValue(type);
		form.findElement(By.cssSelector("[data-contract=registrationNumber]")).sendKeys(registrationNumber);
		form.findElement(By.cssSelector("[data-testid=save-contract]")).click();
	}

}
