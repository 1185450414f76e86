package dev.fixpoint.server.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), with a fresh profile and no background
 * networking, for a test class that registers it: started before the class (skipped where Chromium is missing), handed
 * to its {@code @BeforeAll} as a {@link WebDriver}, a screenshot under target/screenshots when a test fails, and quit
 * after the class.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestWatcher {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver current;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** Starts the browser for a test class, or skips the class where Chromium is not installed. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assumeTrue(available(), "needs Debian's chromium and chromium-driver (installed by .ci/run)");
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Hands the running browser to a test class's {@code @BeforeAll} method or to a test that asks for a {@link WebDriver}. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return current;
    }

    private static WebDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,800", "--user-data-dir=" + Files.createTempDirectory("fixpoint-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        current = new ChromeDriver(service, options);
        return current;
    }

    static WebDriverWait waitUpTo(WebDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    static Object script(WebDriver browser, String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    /** Signs in through the form, as a person would, and waits for the page it lands on. */
    static void signIn(WebDriver browser, String base, String username, String password) {
        browser.get(base + "/login");
        for (Map.Entry<String, String> field : Map.of("username", username, "password", password).entrySet()) {
            WebElement input = browser.findElement(By.id(field.getKey()));
            input.clear();
            input.sendKeys(field.getValue());
        }
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(browser, 10).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Waits until the lab page's code editor has loaded and replaced the text areas. */
    static void awaitEditor(WebDriver browser) {
        waitUpTo(browser, 30).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-editor-ready")));
    }

    /** Waits for the shown result's verdict, across the swaps and reloads that bring it. */
    static String awaitVerdict(WebDriver browser) {
        return waitUpTo(browser, 60).ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> verdict = driver.findElements(By.cssSelector("#verdict .verdict"));
            return verdict.isEmpty() ? null : verdict.get(0).getText();
        });
    }

    private static void stop() {
        if (current != null) {
            current.quit();
            current = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (current instanceof TakesScreenshot camera) {
            try {
                File shot = camera.getScreenshotAs(OutputType.FILE);
                Path target = Path.of("target", "screenshots", context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-") + ".png");
                Files.createDirectories(target.getParent());
                Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
