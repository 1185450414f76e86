package dev.fixpoint.server.browser;

import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner fixes a Spring Boot lab in a real browser: from the backend track's path to the lab, the attack shown on
 * the starter code, then a fix made in two files, one of them the application's configuration, graded SECURE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:spring-journey;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1"})
@Tag("sandbox")
@Tag("browser")
class SpringLabJourneyTests {

    private static final String LAB = "spring-actuator-exposure";
    private static final List<String> FILES = List.of("src/application.properties", "src/books/SecurityConfig.java");
    private static final String PASSWORD = "a long enough password";

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private static WebDriver browser;

    @BeforeAll
    static void useBrowser(WebDriver driver) {
        browser = driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private void awaitEditor() {
        waitUpTo(30).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-editor-ready")));
    }

    @Test
    void aLearnerFollowsTheTrackAndFixesASpringBootLabInTheEditor() throws Exception {
        accounts.create("spring-learner", PASSWORD, Role.LEARNER);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("spring-learner");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(10).until(driver -> !driver.getCurrentUrl().contains("/login"));

        browser.get(url("/labs"));
        browser.findElement(By.linkText("backend")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The backend track");
        browser.findElement(By.cssSelector("a[href='/labs/" + LAB + "']")).click();
        awaitEditor();

        // Each editable file in an editor of its own, the configuration highlighted as such.
        for (String file : FILES) {
            assertThat(browser.findElements(By.cssSelector(".editor[data-editor-for='" + file + "']"))).as(file).hasSize(1);
        }
        assertThat(script("return window.fixpointEditors[arguments[0]].getModel().getLanguageId();", FILES.get(0))).isEqualTo("ini");
        assertThat(script("return window.fixpointEditors[arguments[0]].getModel().getLanguageId();", FILES.get(1))).isEqualTo("java");

        // The starter code as it is: the attack gets through.
        browser.findElement(By.id("run-checks")).click();
        assertThat(Browser.awaitVerdict(browser)).isEqualTo("VULNERABLE");
        assertThat(browser.findElement(By.id("result")).getText()).contains("/actuator/env");

        for (String file : FILES) {
            String fixed = Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", file));
            script("window.fixpointEditors[arguments[0]].setValue(arguments[1]);", file, fixed);
        }
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("save-status"), "All changes saved."));
        WebElement previousResult = browser.findElement(By.id("result"));
        browser.findElement(By.id("run-checks")).click();
        waitUpTo(10).until(ExpectedConditions.stalenessOf(previousResult));
        assertThat(Browser.awaitVerdict(browser)).isEqualTo("SECURE");
        assertThat(browser.findElement(By.cssSelector("section[aria-label=History]")).getText()).contains("VULNERABLE", "SECURE");

        // The track shows the lab solved.
        browser.get(url("/tracks/backend"));
        assertThat(browser.findElement(By.id("track-progress")).getText()).startsWith("1 of ");
    }
}
