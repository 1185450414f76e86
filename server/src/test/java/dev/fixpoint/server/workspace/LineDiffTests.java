package dev.fixpoint.server.workspace;

import dev.fixpoint.server.workspace.LineDiff.Row;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

    @Test
    void identicalFilesHaveNoChangedLines() {
        assertThat(LineDiff.of("a\nb\n", "a\nb\n").identical()).isTrue();
    }

    @Test
    void aChangedLineShowsTheLearnersVersionBesideTheReferences() {
        LineDiff diff = LineDiff.of("keep\nconcatenate\nend", "keep\nbind a parameter\nend");

        assertThat(diff.identical()).isFalse();
        assertThat(diff.rows()).containsExactly(new Row(1, "keep", 1, "keep", 0), new Row(2, "concatenate", 2, "bind a parameter", 0),
                new Row(3, "end", 3, "end", 0));
        assertThat(diff.rows()).filteredOn(Row::changed).hasSize(1);
    }

    @Test
    void aLineOnlyOneSideHasLeavesTheOtherSideEmpty() {
        assertThat(LineDiff.of("a\nc", "a\nb\nc").rows()).containsExactly(new Row(1, "a", 1, "a", 0), new Row(0, "", 2, "b", 0),
                new Row(2, "c", 3, "c", 0));
        assertThat(LineDiff.of("a\nb\nc", "a\nc").rows()).containsExactly(new Row(1, "a", 1, "a", 0), new Row(2, "b", 0, "", 0),
                new Row(3, "c", 2, "c", 0));
    }

    @Test
    void longUnchangedStretchesFoldKeepingThreeLinesOfContextBesideEachChange() {
        String before = IntStream.rangeClosed(1, 20).mapToObj(n -> "line " + n).collect(Collectors.joining("\n"));
        String after = before.replace("line 10\n", "changed 10\n");

        assertThat(LineDiff.of(before, after).rows()).containsExactly(
                new Row(0, "", 0, "", 6),
                new Row(7, "line 7", 7, "line 7", 0), new Row(8, "line 8", 8, "line 8", 0), new Row(9, "line 9", 9, "line 9", 0),
                new Row(10, "line 10", 10, "changed 10", 0),
                new Row(11, "line 11", 11, "line 11", 0), new Row(12, "line 12", 12, "line 12", 0), new Row(13, "line 13", 13, "line 13", 0),
                new Row(0, "", 0, "", 7));
    }
}
