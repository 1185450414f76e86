package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.host.Exchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report contract as the database, the API and the CLI read it: one JSON shape, versioned. */
class GradeReportTests {

    private static final CheckReport VISIBLE = new CheckReport("union", CheckKind.EXPLOIT, Visibility.VISIBLE, false, "keys leaked",
            "pasted into SQL", null, List.of(new Exchange("shop", new Request("GET", "/search?q=x", Map.of("Accept", "*/*"), ""),
                    new Response(200, Map.of("Content-Type", "text/plain"), "k", false), null)), false, false, 4);
    private static final CheckReport HIDDEN = new CheckReport("hidden-bare-condition", CheckKind.EXPLOIT, Visibility.HIDDEN, false,
            "failed", "secret explanation", "a term that needs no quote", List.of(), false, false, 3);
    private static final GradeReport FULL = new GradeReport(GradeReport.VERSION, GradeReport.View.FULL, "sql", Verdict.VULNERABLE,
            "2 of 2 attacks still get through.", List.of(VISIBLE, HIDDEN), GradeReport.Hidden.of(List.of(VISIBLE, HIDDEN)),
            List.of(new CompileError("src/a.java", 3, 7, "';' expected\\n  symbol: x")), List.of(new PolicyViolation("src/a.java", 4,
            "java.lang.Runtime.exec", "process creation")), "out", new GradeReport.Timings(1, 2, 3, 5, 6),
            new GradeReport.Isolation(GradeReport.Isolation.Level.FULL, "bubblewrap"));

    @Test
    void aReportReadsBackEqualFromItsJson() {
        assertThat(GradeReport.parse(FULL.toJson())).isEqualTo(FULL);
        assertThat(GradeReport.parse(FULL.toPrettyJson())).isEqualTo(FULL);
    }

    @Test
    void theJsonNamesItsVersionAndViewAndSpellsEnumsAsTheirNames() {
        assertThat(FULL.toJson()).startsWith("{\"version\":1,\"view\":\"FULL\",\"lab\":\"sql\",\"verdict\":\"VULNERABLE\"")
                .contains("\"kind\":\"EXPLOIT\"", "\"level\":\"FULL\"", "\"clue\":\"a term that needs no quote\"")
                .doesNotContain("\"outcome\"", "\"secure\"");
    }

    @Test
    void theLearnersViewDropsHiddenChecksAndKeepsTheirCountsAndClues() {
        GradeReport learner = FULL.forLearner();

        assertThat(learner.view()).isEqualTo(GradeReport.View.LEARNER);
        assertThat(learner.checks()).containsExactly(VISIBLE);
        assertThat(learner.hidden()).isEqualTo(new GradeReport.Hidden(1, 1, List.of("a term that needs no quote")));
        assertThat(learner.toJson()).doesNotContain("hidden-bare-condition", "secret explanation");
        assertThat(learner.forLearner()).isEqualTo(learner);
    }

    @Test
    void fieldsAddedByANewerReleaseOfTheSameVersionAreIgnored() {
        String newer = FULL.toJson().replaceFirst("\\{", "{\"reviewedBy\":\"someone\",");

        assertThat(GradeReport.parse(newer)).isEqualTo(FULL);
    }

    @Test
    void anotherVersionOrNoReportIsRefusedSayingWhy() {
        assertThatThrownBy(() -> GradeReport.parse(FULL.toJson().replace("\"version\":1", "\"version\":2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2").hasMessageContaining("reads version 1");
        assertThatThrownBy(() -> GradeReport.parse("{\"verdict\":\"SECURE\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a grading report");
        assertThatThrownBy(() -> GradeReport.parse(FULL.toJson().replace("VULNERABLE", "SECURISH")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a grading report");
    }

    @Test
    void eachCheckHasOneOutcomeByKindAndResult() {
        assertThat(VISIBLE.outcome()).isEqualTo(CheckReport.Outcome.GOT_THROUGH);
        assertThat(new CheckReport("f", CheckKind.FUNCTIONAL, Visibility.VISIBLE, false, "", null, null, List.of(), false, false, 0).outcome())
                .isEqualTo(CheckReport.Outcome.BROKEN);
    }

    @Test
    void aReportStoredBeforeChecksCouldFailToSetUpReadsAsSetUp() {
        String stored = FULL.toJson().replace(",\"notSetUp\":false", "");

        assertThat(stored).doesNotContain("notSetUp");
        assertThat(GradeReport.parse(stored)).isEqualTo(FULL);
        assertThat(new CheckReport("x", CheckKind.EXPLOIT, Visibility.VISIBLE, false, "signing up answered 500", null, null, List.of(),
                false, true, 1).outcome()).isEqualTo(CheckReport.Outcome.NOT_SET_UP);
    }
}
