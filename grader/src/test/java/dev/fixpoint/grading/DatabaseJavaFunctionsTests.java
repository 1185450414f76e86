package dev.fixpoint.grading;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.catalog.Lab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 inside a real worker refuses Java functions: the probe lab lets code past the bytecode scan, opens a
 * private in-memory database, defines a function and calls it. The probe answers "refused" only when H2 refused
 * for the expected reason; anything else (the function ran, or failed otherwise) starts with "ran: ", which the
 * probe lab's exploit checks count as a leak. So SECURE means refused, and the checks' messages say what happened.
 */
@Tag("sandbox")
class DatabaseJavaFunctionsTests {

    private static final String RAN = "ran: ";
    /** The flag the worker's environment gives every javac, which javac names when it refuses to run. */
    private static final String NO_JAVAC = "invalid flag: --fixpoint-refuses-java-source-in-the-database";

    @TempDir
    static java.nio.file.Path root;
    private static Grader grader;
    private static Lab lab;

    @BeforeAll
    static void writeProbeLab() throws IOException {
        lab = ProbeLab.write(root, RAN, List.of("h2"));
        grader = TestGrader.create();
        grader.warm(lab);
    }

    @AfterAll
    static void stopGrader() {
        grader.close();
    }

    /**
     * Runs the SQL statements (joined at run time, as the scan cannot see them) in a fresh database; the last one's
     * first value is the function's answer.
     */
    private static GradeReport defineAndCall(String refusal, String... statements) {
        String body = """
                List<String> statements = List.of(%s);
                try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:mem:probe-" + UUID.randomUUID());
                     java.sql.Statement statement = connection.createStatement()) {
                    for (String sql : statements.subList(0, statements.size() - 1)) {
                        statement.execute(String.join(" ", sql.split("~")));
                    }
                    try (java.sql.ResultSet result = statement.executeQuery(statements.getLast())) {
                        result.next();
                        return "%s" + result.getString(1);
                    }
                } catch (java.sql.SQLException e) {
                    return e.getMessage().contains("%s") ? "refused" : "%s" + "another failure: " + e;
                }
                """.formatted(java.util.Arrays.stream(statements).map(sql -> "\"" + sql.replace("\"", "\\\"") + "\"")
                .collect(java.util.stream.Collectors.joining(", ")), RAN, refusal.replace("\"", "\\\""), RAN);
        return grader.grade(lab, Map.of(ProbeLab.PROBE, ProbeLab.probe(body)));
    }

    private static void assertRefused(GradeReport report) {
        assertThat(report.verdict()).as(report.summary() + " " + report.checks()).isEqualTo(Verdict.SECURE);
    }

    @Test
    void aFunctionCompiledFromJavaSourceIsRefused() {
        assertRefused(defineAndCall(NO_JAVAC,
                "CREATE~ALIAS COMPILED AS $$ String compiled() { return \"compiled\"; } $$", "CALL COMPILED()"));
    }

    @Test
    void aTriggerCompiledFromJavaSourceIsRefused() {
        assertRefused(defineAndCall(NO_JAVAC, "CREATE TABLE ITEMS (ID INT)",
                "CREATE~TRIGGER COMPILED BEFORE INSERT ON ITEMS AS $$ org.h2.api.Trigger create() { return null; } $$",
                "SELECT COUNT(*) FROM ITEMS"));
    }

    @Test
    void aFunctionNamingAJdkMethodIsRefused() {
        assertRefused(defineAndCall("Access to the class \"java.lang.System\" is denied",
                "CREATE~ALIAS PROPERTY FOR \"java.lang.System.getProperty\"", "CALL PROPERTY('java.version')"));
    }
}
