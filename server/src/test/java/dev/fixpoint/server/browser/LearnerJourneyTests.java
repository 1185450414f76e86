package dev.fixpoint.server.browser;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.FirstRunSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first day in a real browser: the administrator is set up from the first-run link, invites a
 * learner, and the learner fixes a lab in the editor until it is SECURE, with nothing typed ever lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1"})
@Tag("sandbox")
@Tag("browser")
class LearnerJourneyTests {

    private static final String LAB = "sql-injection-search";
    private static final String FILE = "src/shop/ProductRepository.java";
    private static final String PASSWORD = "a long enough password";

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    FirstRunSetup setup;

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

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Signs in and waits for the start page, whose heading it returns. */
    private String signIn(String username) {
        browser.get(url("/login"));
        fill("username", username);
        fill("password", PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(10).until(driver -> !driver.getCurrentUrl().contains("/login"));
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** The page shows the branded error page for this status: the header, the navigation and a way back. */
    private void assertBrandedError(String path, int status) {
        browser.get(url(path));
        assertThat(browser.findElement(By.cssSelector("header a.brand")).getText()).isEqualTo("Fixpoint");
        assertThat(browser.findElement(By.cssSelector("header nav[aria-label=Main]")).getText()).contains("Labs", "Account");
        assertThat(browser.findElement(By.cssSelector("main [role=alert]")).getText()).contains("Error " + status);
        assertThat(browser.findElement(By.id("way-back")).getDomAttribute("href")).isEqualTo("/");
    }

    /** The titles of the labs the catalog lists now, read at once since the results are swapped as filters change. */
    @SuppressWarnings("unchecked")
    private List<String> catalogTitles() {
        return (List<String>) script("return [...document.querySelectorAll('#results tbody td:first-child a')].map(a => a.textContent);");
    }

    private void signOut() {
        browser.findElement(By.xpath("//header//button[text()='Sign out']")).click();
        waitUpTo(10).until(ExpectedConditions.urlContains("/login"));
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private void awaitSaved() {
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("save-status"), "All changes saved."));
    }

    private String awaitVerdict() {
        // The page reloads itself when the verdict is in, so elements found a moment ago may be gone.
        return Browser.awaitVerdict(browser);
    }

    private String editorText() {
        return (String) script("return window.fixpointEditors[arguments[0]].getValue();", FILE);
    }

    @Test
    void aNewcomerSetsUpInvitesAndALearnerFixesALab() throws Exception {
        browser.get(url("/setup?token=" + setup.newToken()));
        fill("username", "admin");
        fill("password", PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUpTo(10).until(ExpectedConditions.urlContains("/login?setup"));
        assertThat(signIn("admin")).as("an administrator lands on the admin home").isEqualTo("Administration");
        assertThat(browser.findElement(By.id("admin-isolation")).getText()).startsWith("full");

        browser.get(url("/admin/users"));
        fill("invite-username", "learner");
        fill("invite-email", "learner@example.com");
        browser.findElement(By.xpath("//button[text()='Create invitation link']")).click();
        assertThat(browser.findElement(By.id("invitation-for")).getText()).isEqualTo("For learner (learner@example.com) as LEARNER.");
        browser.findElement(By.id("copy-invitation")).click();
        waitUpTo(5).until(driver -> !driver.findElement(By.id("copy-status")).getText().isEmpty());
        assertThat(browser.findElement(By.cssSelector("section[aria-label='Pending invitations']")).getText()).contains("learner", "Revoke");
        String invitation = browser.findElement(By.id("invitation-link")).getText();
        signOut();
        browser.get(invitation);
        assertThat(browser.findElement(By.id("invited-name")).getText()).isEqualTo("learner");
        fill("password", PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // Joining signs the learner in: their training opens, no second sign-in.
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[aria-label=\"Next lab\"]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your training");

        // The catalog narrows as the learner types and chooses, without pressing a button.
        browser.get(url("/labs"));
        assertThat(browser.findElement(By.id("apply-filters")).isDisplayed()).isFalse();
        List<String> all = catalogTitles();
        browser.findElement(By.id("q")).sendKeys("sqli");
        // Both SQL injection labs, the easier first (the catalog orders by track, then difficulty).
        waitUpTo(10).until(driver -> catalogTitles().equals(List.of("SQL injection in a product search", "SQL injection through a sort parameter")));
        assertThat(browser.getCurrentUrl()).endsWith("/labs?q=sqli");
        WebElement search = browser.findElement(By.id("q"));
        search.clear();
        search.sendKeys("access control");
        waitUpTo(10).until(driver -> catalogTitles().contains("Other customers' invoices by id")
                && !catalogTitles().contains("SQL injection in a product search"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("track"))).selectByValue("cloud");
        waitUpTo(10).until(driver -> catalogTitles().size() < all.size() && catalogTitles().stream().noneMatch(title -> title.contains("invoices")));
        search = browser.findElement(By.id("q"));
        search.clear();
        search.sendKeys("xss");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("no-match")));
        browser.findElement(By.linkText("Clear the filters")).click();
        waitUpTo(10).until(driver -> catalogTitles().equals(all));

        browser.findElement(By.linkText("SQL injection in a product search")).click();
        waitUpTo(30).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-editor-ready")));
        assertThat(browser.findElement(By.id("briefing")).getText()).contains("SQL injection in a product search");

        // A change that does not compile, typed into the editor: the semicolon at the end of line 29 deleted.
        WebElement editor = browser.findElement(By.cssSelector(".editor[data-editor-for='" + FILE + "'] .view-lines"));
        editor.click();
        Actions keys = new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.HOME).keyUp(Keys.CONTROL);
        for (int line = 1; line < 29; line++) {
            keys.sendKeys(Keys.DOWN);
        }
        keys.sendKeys(Keys.END, Keys.BACK_SPACE).perform();
        awaitSaved();
        String urlBefore = browser.getCurrentUrl();
        browser.findElement(By.id("run-checks")).click();
        assertThat(awaitVerdict()).isEqualTo("COMPILE_ERROR");
        assertThat(browser.getCurrentUrl()).as("the result comes in place, without leaving the editor").isEqualTo(urlBefore);
        assertThat(browser.findElement(By.id("diagnostics")).getText()).contains(FILE + ":29", "';' expected");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> markers = (List<Map<String, Object>>) script(
                "return monaco.editor.getModelMarkers({owner: 'fixpoint'}).map(m => ({line: m.startLineNumber, message: m.message}));");
        assertThat(markers).singleElement().satisfies(marker -> {
            assertThat(((Number) marker.get("line")).intValue()).isEqualTo(29);
            assertThat(marker.get("message")).isEqualTo("';' expected");
        });

        // The fix, pasted over the whole file.
        String solution = Files.readString(Path.of(System.getProperty("fixpoint.labs"), LAB, "solution", FILE));
        script("window.fixpointEditors[arguments[0]].setValue(arguments[1]);", FILE, solution);
        awaitSaved();
        WebElement previousResult = browser.findElement(By.id("result"));
        browser.findElement(By.id("run-checks")).click();
        // The earlier verdict stays on screen until htmx swaps in the new submission's result.
        waitUpTo(10).until(ExpectedConditions.stalenessOf(previousResult));
        assertThat(awaitVerdict()).isEqualTo("SECURE");
        assertThat(browser.findElement(By.cssSelector("section[aria-label=Write-up]")).getText()).contains("Why the fix works");
        assertThat(browser.findElement(By.cssSelector("section[aria-label=History]")).getText()).contains("COMPILE_ERROR", "SECURE");
        assertThat(browser.findElement(By.cssSelector("section[aria-label='Your fix and the reference']")).getText())
                .contains("Identical to the reference.");
        assertThat(browser.findElement(By.id("announcer")).getDomProperty("textContent")).as("the verdict, announced").contains("SECURE");
        // Times show in the browser's time zone: one half an hour off UTC, so that the minutes prove it.
        ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Kolkata"));
        browser.get(url("/"));
        WebElement when = browser.findElement(By.cssSelector("section[aria-label='Recent attempts'] time"));
        java.time.ZonedDateTime local = java.time.OffsetDateTime.parse(when.getDomAttribute("datetime")).atZoneSameInstant(java.time.ZoneId.of("Asia/Kolkata"));
        assertThat(when.getText()).containsAnyOf(local.format(java.time.format.DateTimeFormatter.ofPattern("h:mm")),
                local.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
        assertThat(browser.findElement(By.cssSelector("section[aria-label=Tracks]")).getText()).contains("backend", "1 of ");
        assertThat(browser.findElement(By.cssSelector("section[aria-label='Recent attempts']")).getText()).contains("SQL injection in a product search", "SECURE");
        browser.get(url("/labs/" + LAB));

        browser.navigate().refresh();
        waitUpTo(30).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-editor-ready")));
        assertThat(editorText()).isEqualTo(solution);

        // Readable on a narrow screen: nothing wider than the window.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String page : List.of("/", "/labs", "/labs/" + LAB)) {
            browser.get(url(page));
            if (page.startsWith("/labs/")) {
                // Measured once the editor has laid itself out at the window's width, as the learner sees the page.
                waitUpTo(30).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-editor-ready")));
            }
            long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("horizontal overflow on " + page + " at 390 px").isLessThanOrEqualTo(0);
        }
        // The catalog's CWE ids stay whole (no "CWE-" at a line's end and "89" on the next).
        browser.get(url("/labs"));
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) script("return [...document.querySelectorAll('#catalog .nowrap')]"
                + ".filter(e => e.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(e).lineHeight)).map(e => e.textContent);");
        assertThat(broken).as("CWE ids broken over two lines at 390 px").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#catalog .nowrap"))).isNotEmpty();

        // Errors are the branded page, with the navigation and a way back.
        assertBrandedError("/admin", 403);
        assertBrandedError("/no-such-page", 404);
        long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("horizontal overflow on the error page at 390 px").isLessThanOrEqualTo(0);
    }
}
