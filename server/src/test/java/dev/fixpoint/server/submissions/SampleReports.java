package dev.fixpoint.server.submissions;

import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.grading.CheckReport;
import dev.fixpoint.grading.CompileError;
import dev.fixpoint.grading.GradeReport;
import dev.fixpoint.grading.Verdict;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.host.Exchange;

import java.util.List;
import java.util.Map;

/** Full grading reports as the grader writes them, for tests of what is stored and who sees what of it. */
final class SampleReports {

    static final String HIDDEN_CHECK = "hidden-union-without-quotes";
    static final String CLUE = "a search term that needs no quote to break out";

    private SampleReports() {
    }

    /** VULNERABLE: a visible exploit through with its transcript, a hidden one through with its clue, a compiler warning's place. */
    static GradeReport vulnerable() {
        List<CheckReport> checks = List.of(
                new CheckReport("union-select-reads-api-keys", CheckKind.EXPLOIT, Visibility.VISIBLE, false, "the keys came back",
                        "the term is pasted into SQL", null,
                        List.of(new Exchange("shop", new Request("GET", "/search?q=x", Map.of("Accept", "application/json"), ""),
                                new Response(200, Map.of("Content-Type", "application/json"), "[{\"key\":\"k\"}]", false), null)),
                        false, false, 12),
                new CheckReport(HIDDEN_CHECK, CheckKind.EXPLOIT, Visibility.HIDDEN, false, "failed", "the term is pasted into SQL", CLUE,
                        List.of(), false, false, 9),
                new CheckReport("search-finds-products", CheckKind.FUNCTIONAL, Visibility.VISIBLE, true, "works", null, null, List.of(), false, false, 5));
        return new GradeReport(GradeReport.VERSION, GradeReport.View.FULL, "platform-fixture", Verdict.VULNERABLE,
                "2 of 2 attacks still get through.", checks, new GradeReport.Hidden(1, 1, List.of(CLUE)),
                List.of(new CompileError("src/notes/NoteStore.java", 3, 7, "';' expected")), List.of(), "started\n",
                new GradeReport.Timings(100, 200, 300, 500, 600), new GradeReport.Isolation(GradeReport.Isolation.Level.FULL, "bubblewrap"));
    }

    static GradeReport secure() {
        return new GradeReport(GradeReport.VERSION, GradeReport.View.FULL, "platform-fixture", Verdict.SECURE, "ok", List.of(),
                GradeReport.Hidden.NONE, List.of(), List.of(), "", new GradeReport.Timings(1, 2, 3, 5, 42),
                new GradeReport.Isolation(GradeReport.Isolation.Level.FULL, "bubblewrap"));
    }
}
