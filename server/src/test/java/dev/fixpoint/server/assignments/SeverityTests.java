package dev.fixpoint.server.assignments;

import dev.fixpoint.findings.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityTests {

    private static Finding finding(Finding.Level level, OptionalDouble score) {
        return new Finding("tool", "rule", "", "message", List.of(89), Finding.CweSource.FILE, null, level, score, Map.of(),
                Finding.BaselineState.NOT_COMPARED);
    }

    @ParameterizedTest
    @CsvSource({"9.8, NOTE, CRITICAL", "9.0, NOTE, CRITICAL", "8.9, NOTE, HIGH", "7.0, ERROR, HIGH", "6.9, ERROR, MEDIUM",
            "4.0, NOTE, MEDIUM", "3.9, ERROR, LOW", "0.0, ERROR, LOW"})
    void aSecuritySeverityScoreDecidesByCvssBandsWhateverTheLevel(double score, Finding.Level level, Severity expected) {
        assertThat(Severity.of(finding(level, OptionalDouble.of(score)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ERROR, HIGH", "WARNING, MEDIUM", "NOTE, LOW", "NONE, LOW"})
    void withoutAScoreTheLevelDecides(Finding.Level level, Severity expected) {
        assertThat(Severity.of(finding(level, OptionalDouble.empty()))).isEqualTo(expected);
    }
}
