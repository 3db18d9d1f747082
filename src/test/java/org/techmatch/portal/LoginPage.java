package org.techmatch.portal;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 登录: the sign-in form. */
class LoginPage {

	private final Browser browser;

	LoginPage(Browser browser) {
		this.browser = browser;
	}

	/**
	 * Fills in and sends the form, then waits until the portal shows the signed-in user
	 * on another page. Other tests of the same JVM sign in from the same address, so the
	 * login rate limit (10 a minute) may answer "too often": then it waits and tries
	 * again, as a person would.
	 */
	void signIn(String email, String password) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (true) {
			send(email, password);
			String outcome = this.browser.until((d) -> {
				if (!d.findElements(By.cssSelector("[data-testid=who]")).isEmpty()
						&& !d.getCurrentUrl().contains("#/login")) {
					return "in";
				}
				List<WebElement> error = d.findElements(By.cssSelector("[data-testid=login-error]"));
				return error.isEmpty() ? null : error.get(0).getText();
			});
			if (outcome.equals("in")) {
				return;
			}
			if (!outcome.contains("频繁") || System.nanoTime() > deadline) {
				throw new AssertionError("sign-in failed: " + outcome);
			}
			pause();
		}
	}

	private void send(String email, String password) {
		WebElement emailField = this.browser.until((d) -> d.findElement(By.cssSelector("[data-testid=email]")));
		emailField.clear();
		emailField.sendKeys(email);
		WebElement passwordField = this.browser.driver().findElement(By.cssSelector("[data-testid=password]"));
		passwordField.clear();
		passwordField.sendKeys(password);
		this.browser.driver().findElement(By.cssSelector("[data-testid=login-submit]")).click();
		// the previous attempt's message goes as the form is sent
		this.browser.until((d) -> d.findElements(By.cssSelector("[data-testid=login-error]")).isEmpty());
	}

	private static void pause() {
		try {
			Thread.sleep(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** Whether the page says the session expired. */
	boolean saysExpired() {
		return !this.browser.driver().findElements(By.cssSelector("[data-testid=expired]")).isEmpty();
	}

}
