package dev.fixpoint.server.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), with a fresh profile and no background
 * networking, and a screenshot under target/screenshots when a test fails.
 */
final class Browser implements TestWatcher {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static WebDriver current;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    static WebDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,800", "--user-data-dir=" + Files.createTempDirectory("fixpoint-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        current = new ChromeDriver(service, options);
        return current;
    }

    static void stop() {
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
