package dev.fixpoint.server.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTests {

    @Test
    void identicalFilesHaveNoChangedLines() {
        assertThat(LineDiff.of("a\nb\n", "a\nb\n").identical()).isTrue();
    }

    @Test
    void aChangedLineShowsAsTheLearnersAndTheSolutionsVersion() {
        LineDiff diff = LineDiff.of("keep\nconcatenate\nend", "keep\nbind a parameter\nend");

        assertThat(diff.identical()).isFalse();
        assertThat(diff.lines()).extracting(line -> line.marker() + line.text())
                .containsExactly("  keep", "+ bind a parameter", "- concatenate", "  end");
    }

    @Test
    void addedAndRemovedLinesKeepTheirOrder() {
        assertThat(LineDiff.of("a\nc", "a\nb\nc").lines()).extracting(line -> line.marker() + line.text()).containsExactly("  a", "+ b", "  c");
        assertThat(LineDiff.of("a\nb\nc", "a\nc").lines()).extracting(line -> line.marker() + line.text()).containsExactly("  a", "- b", "  c");
    }
}
