package dev.fixpoint.server.load;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.labs.LabLibrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's load test: 50 learners on loopback sign in, open labs, type drafts and submit fixes for a bounded
 * time against a server with its default grading settings. 25 s of load in CI; longer with -Dfixpoint.load.seconds=N.
 * The figures go to stdout and target/load-report.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:load;DB_CLOSE_DELAY=-1")
@DirtiesContext
@Tag("sandbox")
class LoadTests {

    private static final List<String> LABS = List.of("sql-injection-search", "path-traversal-download", "stored-xss-comments", "xxe-xml-import");
    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    LabLibrary library;

    @Test
    void fiftyLearnersWorkingAtOnceMeetNoErrorAndEverySubmissionGetsItsRightVerdict() throws Exception {
        int learners = Integer.getInteger("fixpoint.load.learners", 50);
        Duration load = Duration.ofSeconds(Long.getLong("fixpoint.load.seconds", 25));
        List<String> usernames = IntStream.rangeClosed(1, learners).mapToObj("learner-%02d"::formatted).toList();
        usernames.forEach(username -> accounts.create(username, PASSWORD, Role.LEARNER));
        List<Fix> fixes = LABS.stream().map(id -> library.find(id).orElseThrow()).flatMap(LoadTests::solutionAndStarter).toList();

        LoadReport report = LoadDriver.run(new LoadDriver.Plan(URI.create("http://127.0.0.1:" + port), usernames, PASSWORD, fixes,
                load, Duration.ofMinutes(5), 4));

        String figures = report.markdown();
        System.out.println(figures);
        Files.writeString(Path.of("target", "load-report.md"), figures);
        assertThat(report.errorCounts()).as(figures).isEmpty();
        assertThat(report.confirmed()).as("submissions graded with the right verdict, through the API").isEqualTo(report.submitted());
        assertThat(report.fewestSubmissionsOfALearner()).as("submissions of the least active learner").isPositive();
    }

    /** The lab's reference fix, which must be SECURE, and its untouched starter code, which must be VULNERABLE. */
    private static Stream<Fix> solutionAndStarter(Lab lab) {
        return Stream.of(new Fix(lab.id(), lab.solutionFiles(), "SECURE"), new Fix(lab.id(), lab.starterFiles(), "VULNERABLE"));
    }
}
