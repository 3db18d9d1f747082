package org.techmatch.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for one test, driven through chromedriver: Debian's
 * {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}, installed by {@code .ci/run}); nothing is downloaded at
 * test time. When a test fails, the page as it was is saved to
 * {@code target/browser-failures/<class>.<test>.png}. Named screenshots (the README's) go
 * to {@code target/screenshots/} (or the folder the system property
 * {@code techmatch.screenshots.dir} names).
 */
public class Browser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

	static final Path CHROMIUM = Path.of(System.getProperty("techmatch.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("techmatch.chromedriver", "/usr/bin/chromedriver"));

	/** Generous: the machine may be busy with other builds. */
	static final Duration WAIT = Duration.ofSeconds(30);

	private final String name;

	private WebDriver driver;

	public Browser() {
		this("");
	}

	/** A browser named in its failure screenshot's file name (when a test drives two). */
	public Browser(String name) {
		this.name = name;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
					+ ", " + CHROMEDRIVER + "); .ci/run installs them: apt-get install chromium chromium-driver");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--lang=zh-CN", "--window-size=1280,900", "--hide-scrollbars", "--force-device-scale-factor=1");
		// the platform's users are in China: the portal's dates (a contract's signing
		// day,
		// the dashboard's months) are the browser's local ones, so the browser runs in
		// their time zone whatever the machine's (on a UTC machine the day differs from
		// 16:00 to 24:00 UTC)
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", "Asia/Shanghai"))
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().scriptTimeout(WAIT);
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (this.driver != null) {
			String name = context.getRequiredTestClass().getSimpleName() + "."
					+ context.getRequiredTestMethod().getName() + (this.name.isEmpty() ? "" : "-" + this.name);
			try {
				Path file = save(Path.of("target", "browser-failures"), name);
				failure.addSuppressed(new AssertionError("screenshot of the failure: " + file.toAbsolutePath() + "\nat "
						+ this.driver.getCurrentUrl() + "\nbrowser console:\n" + console()));
			}
			catch (RuntimeException ex) {
				failure.addSuppressed(ex);
			}
		}
		throw failure;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
	}

	private String console() {
		StringBuilder lines = new StringBuilder();
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			lines.append("  ").append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
		}
		return lines.toString();
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Runs JavaScript in the page and answers its result. */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Waits (generously) until the condition answers something other than null or false.
	 * An element the page re-rendered while the condition read it counts as "not yet":
	 * the condition is asked again.
	 */
	public <T> T until(Function<WebDriver, T> condition) {
		WebDriverWait wait = new WebDriverWait(this.driver, WAIT);
		wait.ignoring(StaleElementReferenceException.class);
		return wait.until(condition);
	}

	/**
	 * Sets the viewport (the page's inner size) to this width and height in CSS pixels.
	 */
	public void viewport(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
		Number innerWidth = (Number) script("return window.innerWidth");
		Number innerHeight = (Number) script("return window.innerHeight");
		this.driver.manage()
			.window()
			.setSize(new Dimension(2 * width - innerWidth.intValue(), 2 * height - innerHeight.intValue()));
	}

	/** Saves a named screenshot of the page for the README. */
	public Path screenshot(String name) {
		return save(Path.of(System.getProperty("techmatch.screenshots.dir", "target/screenshots")), name);
	}

	private Path save(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			Path file = directory.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
