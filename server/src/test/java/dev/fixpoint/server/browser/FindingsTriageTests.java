package dev.fixpoint.server.browser;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.CliConfig;
import dev.fixpoint.server.CliRun;
import dev.fixpoint.server.Visitor;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead triages findings in a real browser: findings whose author has no account wait in the inbox, the lead
 * filters them, assigns one to the developer who wrote the code and links a backlog item, and the developer sees
 * why the lab is theirs. Scanner text trying to run script stays text (an alert would fail the test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:browser-findings;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1"})
@Tag("sandbox")
@Tag("browser")
class FindingsTriageTests {

    private static final String PASSWORD = "a long enough password";
    private static final String HOSTILE = """
            {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Semgrep", "rules": [{"id": "java.sqli",
              "name": "<img src=x onerror=alert(1)>SQL built from input", "properties": {"tags": ["CWE-89: SQL Injection"]}}]}},
              "results": [{"ruleId": "java.sqli", "level": "error", "message": {"text": "<script>alert('x')</script>query concatenates id"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/main/java/shop/OrderRepository.java"},
                "region": {"startLine": 41}}}]}]}]}
            """;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @TempDir
    Path home;
    @RegisterExtension
    final CliConfig cliConfig = new CliConfig();

    private static WebDriver browser;

    @BeforeAll
    static void useBrowser(WebDriver driver) {
        browser = driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(10).until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** The element, once the page that has it has loaded: a click that navigates returns before the next page is there. */
    private WebElement awaitElement(By by) {
        return waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void awaitStatus(String text) {
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), text));
    }

    private static void cli(String stdin, String... args) {
        CliRun run = CliRun.fixpoint(stdin, args);
        assertThat(run.status()).as(run.out() + run.err()).isZero();
    }

    private void uploadFromCi() throws Exception {
        Visitor admin = new Visitor(URI.create(url("")));
        admin.signIn("admin", PASSWORD);
        String token = admin.createServiceAccount("ci-orders");
        cli(token + "\n", "login", url(""), "--token-stdin");
        Path sarif = Files.writeString(home.resolve("semgrep.sarif"), HOSTILE);
        cli("", "sarif", "upload", sarif.toString(), "--server", url(""), "--repo", "acme/orders", "--commit", "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
                "--author", "dave@contractor.example");
    }

    @Test
    void aLeadAssignsAWaitingFindingAndTheDeveloperSeesWhy() throws Exception {
        accounts.create("admin", PASSWORD, Role.ADMIN);
        accounts.create("lena", PASSWORD, Role.LEAD);
        accounts.create("dave", PASSWORD, Role.LEARNER);
        uploadFromCi();

        signIn("lena");
        awaitElement(By.linkText("Findings")).click();
        new Select(awaitElement(By.id("f-status"))).selectByVisibleText("UNASSIGNED");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitUpTo(10).until(ExpectedConditions.urlContains("status=UNASSIGNED"));
        WebElement findings = awaitElement(By.cssSelector("section[aria-label='Findings']"));
        assertThat(findings.getText()).contains("<img src=x onerror=alert(1)>SQL built from input", "acme/orders", "CWE-89",
                "dave@contractor.example", "UNASSIGNED");
        findings.findElement(By.partialLinkText("SQL built from input")).click();

        assertThat(awaitElement(By.id("finding-message")).getText()).isEqualTo("<script>alert('x')</script>query concatenates id");
        new Select(browser.findElement(By.id("assignee"))).selectByVisibleText("dave");
        browser.findElement(By.cssSelector("section[aria-label='Assign'] button")).click();
        awaitStatus("Assigned to dave.");
        awaitElement(By.id("assignment-backlog")).sendKeys("https://github.com/acme/orders/issues/12");
        browser.findElement(By.cssSelector("form[action$='/assignment-backlog'] button")).click();
        awaitStatus("Saved the assignment's backlog link.");
        assertNoOverflowAt390("/findings", browser.getCurrentUrl().replace(url(""), ""));

        signIn("dave");
        assertThat(awaitElement(By.cssSelector("section[aria-label='Assigned to you']")).getText())
                .contains("SQL injection in a product search", "to do");
        browser.findElement(By.linkText("SQL injection in a product search")).click();
        WebElement why = awaitElement(By.id("why"));
        assertThat(why.getText()).contains("Why you are seeing this", "query concatenates id", "acme/orders", "4b825dc",
                "src/main/java/shop/OrderRepository.java line 41");
        assertThat(why.findElement(By.linkText("https://github.com/acme/orders/issues/12")).getDomAttribute("rel")).contains("noopener");
    }

    private void assertNoOverflowAt390(String... pages) {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of(pages)) {
                browser.get(url(page));
                long overflow = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("horizontal overflow on " + page + " at 390 px").isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
