package org.techmatch.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 登录: the sign-in form. */
class LoginPage {

	private final Browser browser;

	LoginPage(Browser browser) {
		this.browser = browser;
	}

	/**
	 * Fills in and sends the form, then waits until the portal shows the signed-in user.
	 */
	void signIn(String email, String password) {
		WebElement emailField = this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=email]")));
		emailField.clear();
		emailField.sendKeys(email);
		WebElement passwordField = this.browser.driver().findElement(By.cssSelector("[data-testid=password]"));
		passwordField.clear();
		passwordField.sendKeys(password);
		this.browser.driver().findElement(By.cssSelector("[data-testid=login-submit]")).click();
		this.browser.until((d) -> !d.findElements(By.cssSelector("[data-testid=who]")).isEmpty()
				&& !d.getCurrentUrl().contains("#/login"));
	}

	/** Whether the page says the session expired. */
	boolean saysExpired() {
		return !this.browser.driver().findElements(By.cssSelector("[data-testid=expired]")).isEmpty();
	}

}
