package dev.fixpoint.server.browser;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.ServerTest;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.fixpoint.server.browser.Browser.awaitEditor;
import static dev.fixpoint.server.browser.Browser.awaitVerdict;
import static dev.fixpoint.server.browser.Browser.script;
import static dev.fixpoint.server.browser.Browser.waitUpTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab page as a learner uses it in a real browser: the verdict where they are looking, one submission per
 * request, compiler errors that lead to their line and never point at newer code, and each attempt with its own code.
 * On the shared server ({@link LearnerJourneyTests} has one of its own, on which nobody has signed up yet).
 */
@ServerTest
@Tag("browser")
class LabPageTests {

    private static final String LAB = "sql-injection-search";
    private static final String FILE = "src/shop/ProductRepository.java";
    private static final String PASSWORD = "a long enough password";

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    LabLibrary library;

    private static WebDriver browser;

    @BeforeAll
    static void useBrowser(WebDriver driver) {
        browser = driver;
    }

    /** Each test is a new learner, with no draft and no attempts, at the usual laptop size. */
    @BeforeEach
    void newLearner() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 800));
        String name = "lab-page-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, PASSWORD, Role.LEARNER);
        Browser.signIn(browser, base(), name, PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Lab lab() {
        return library.find(LAB).orElseThrow();
    }

    private void open(String labId) {
        browser.get(base() + "/labs/" + labId);
        awaitEditor(browser);
    }

    private void type(String code) {
        script(browser, "window.fixpointEditors[arguments[0]].setValue(arguments[1]);", FILE, code);
        waitUpTo(browser, 10).until(ExpectedConditions.textToBe(By.id("save-status"), "All changes saved."));
    }

    private int attempts() {
        return browser.findElements(By.cssSelector("#attempts tbody tr")).size();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> markers() {
        return (List<Map<String, Object>>) script(browser, "return monaco.editor.getModelMarkers({owner: 'fixpoint'})"
                + ".map(m => ({line: m.startLineNumber, start: m.startColumn, end: m.endColumn, message: m.message}));");
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) script(browser, "const r = arguments[0].getBoundingClientRect();"
                + "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    @Test
    void fiveQuickClicksMakeOneSubmissionWhoseVerdictArrivesInViewAndIsAnnounced() {
        open(LAB);

        script(browser, "for (let i = 0; i < 5; i++) document.getElementById('run-checks').click();");
        assertThat(browser.findElement(By.id("run-checks")).isEnabled()).as("Run checks is held while grading").isFalse();

        assertThat(awaitVerdict(browser)).isEqualTo("VULNERABLE");
        assertThat(attempts()).as("one submission for five clicks").isEqualTo(1);
        assertThat(inViewport(browser.findElement(By.id("verdict")))).as("the verdict is where the learner looks").isTrue();
        assertThat(browser.findElement(By.id("announcer")).getDomProperty("textContent")).contains("VULNERABLE");
        assertThat(browser.findElement(By.id("run-checks")).isEnabled()).as("Run checks is back once the verdict is in").isTrue();
    }

    @Test
    void aFailedHiddenCheckShowsItsAuthorsClueAndTranscriptsShowServiceHeadersAndBodies() {
        open(LAB);
        browser.findElement(By.id("run-checks")).click();
        assertThat(awaitVerdict(browser)).isEqualTo("VULNERABLE");

        List<String> clues = lab().manifest().checks(Visibility.HIDDEN).stream().map(CheckSpec::clue).toList();
        List<String> shown = browser.findElements(By.cssSelector("#hidden-checks .clue")).stream().map(WebElement::getText).toList();
        assertThat(shown).isNotEmpty().allSatisfy(clue -> assertThat(clues).contains(clue));
        assertThat(browser.findElement(By.id("hidden-checks")).getText()).contains("Hidden checks: 6 of " + clues.size() + " failed");

        WebElement exchange = browser.findElement(By.cssSelector(".outcome-GOT_THROUGH .exchange"));
        assertThat(exchange.getText()).contains("Request to the shop service", "GET /products/search?q=");
        assertThat(exchange.findElement(By.cssSelector("pre.response")).getText()).startsWith("200").contains("content-type: ");
    }

    @Test
    void ctrlEnterInTheEditorRunsTheChecks() {
        open(LAB);
        browser.findElement(By.cssSelector(".editor[data-editor-for='" + FILE + "'] .view-lines")).click();

        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();

        assertThat(awaitVerdict(browser)).isEqualTo("VULNERABLE");
        assertThat(attempts()).isEqualTo(1);
    }

    @Test
    void aCompilerErrorKeepsItsLinesMarksItsTokenLeadsToItsLineAndIsNotMarkedAgainstNewerCode() {
        open(LAB);
        String starter = lab().starterFiles().get(FILE);
        type(starter.replace("products.add(", "productz.add("));
        browser.findElement(By.id("run-checks")).click();
        assertThat(awaitVerdict(browser)).isEqualTo("COMPILE_ERROR");

        assertThat(browser.findElement(By.cssSelector(".diagnostic-message")).getText()).as("javac's message keeps its lines")
                .contains("cannot find symbol\n").contains("symbol:").contains("productz");
        assertThat(markers()).singleElement().satisfies(marker -> {
            assertThat(((Number) marker.get("line")).intValue()).isEqualTo(31);
            assertThat(((Number) marker.get("end")).intValue() - ((Number) marker.get("start")).intValue())
                    .as("the marker covers the token").isEqualTo("productz".length());
        });
        browser.findElement(By.cssSelector(".diagnostic-place")).click();
        assertThat(((Number) script(browser, "return window.fixpointEditors[arguments[0]].getPosition().lineNumber;", FILE)).intValue())
                .isEqualTo(31);

        type("// a line that moves everything down\n" + starter.replace("products.add(", "productz.add("));
        browser.navigate().refresh();
        awaitEditor(browser);
        assertThat(markers()).as("no marker against code that changed since it was graded").isEmpty();
        assertThat(browser.findElement(By.id("diagnostics")).getText()).contains("this file has changed since");
    }

    @Test
    void anOldAttemptShowsItsOwnCodeReadOnly() {
        open(LAB);
        String starter = lab().starterFiles().get(FILE);
        String first = starter.replace("products.add(", "productz.add(");
        type(first);
        browser.findElement(By.id("run-checks")).click();
        assertThat(awaitVerdict(browser)).isEqualTo("COMPILE_ERROR");
        type(starter);
        browser.findElement(By.id("run-checks")).click();
        waitUpTo(browser, 60).until(driver -> "VULNERABLE".equals(awaitVerdict(driver)));
        assertThat(attempts()).isEqualTo(2);

        List<WebElement> links = browser.findElements(By.cssSelector("#attempts tbody tr a"));
        links.get(links.size() - 1).click();
        awaitEditor(browser);

        assertThat(browser.findElement(By.id("attempt-notice")).getText()).contains("read only");
        assertThat(script(browser, "return window.fixpointEditors[arguments[0]].getValue();", FILE)).isEqualTo(first);
        assertThat(script(browser, "return window.fixpointEditors[arguments[0]].getOption(monaco.editor.EditorOption.readOnly);", FILE))
                .isEqualTo(true);
        assertThat(browser.findElements(By.id("run-checks"))).as("an old attempt is not submitted again").isEmpty();
        assertThat(awaitVerdict(browser)).isEqualTo("COMPILE_ERROR");
        browser.findElement(By.linkText("Back to your draft")).click();
        awaitEditor(browser);
        assertThat(script(browser, "return window.fixpointEditors[arguments[0]].getValue();", FILE)).isEqualTo(starter);
    }

    @Test
    void aSecureFixInAnotherStyleShowsBesideTheReferenceWithUnchangedStretchesFolded() {
        open(LAB);
        String solution = lab().solutionFiles().get(FILE);
        type(solution.replaceFirst("\n", "\n// My own note on the fix.\n"));
        browser.findElement(By.id("run-checks")).click();
        assertThat(awaitVerdict(browser)).isEqualTo("SECURE");

        WebElement diff = browser.findElement(By.cssSelector("table.diff"));
        assertThat(diff.findElement(By.tagName("thead")).getText()).contains("Yours", "Reference");
        assertThat(diff.findElement(By.cssSelector("tr.diff-changed .diff-yours")).getText()).isEqualTo("// My own note on the fix.");
        assertThat(diff.findElements(By.cssSelector("tr.diff-folded"))).isNotEmpty();
    }

    @Test
    void aBriefingsTableRendersAsATable() {
        open("idor-invoices");

        WebElement table = browser.findElement(By.cssSelector("#briefing table"));
        assertThat(table.findElements(By.tagName("th"))).extracting(WebElement::getText).contains("Request", "What it does");
        assertThat(browser.findElement(By.id("briefing")).getText()).doesNotContain("|---|");
    }

    @Test
    void theCodeFitsALaptopScreenAndNothingOverflowsAPhone() {
        open(LAB);
        WebElement code = browser.findElement(By.id("code"));
        script(browser, "arguments[0].scrollIntoView();", code);
        assertThat(inViewport(browser.findElement(By.id("run-checks")))).as("the editor and Run checks fit 1280x800 together").isTrue();
        assertThat(code.getRect().getHeight()).isLessThanOrEqualTo(800);
        browser.findElement(By.id("run-checks")).click();
        assertThat(awaitVerdict(browser)).isEqualTo("VULNERABLE");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        awaitEditor(browser);
        long overflow = (Long) script(browser, "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("horizontal overflow of the lab page with its result at 390 px").isLessThanOrEqualTo(0);
    }
}
