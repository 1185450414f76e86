package dev.fixpoint.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTests {

    // Markdown syntax that a comment must not contain unescaped once scanner text is in it.
    private static final Pattern UNESCAPED = Pattern.compile("(?<!\\\\)[<>\\[\\]()`|*_!&]");

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "](javascript:alert(1))",
            "``code`` and `tick",
            "a | b | c",
            "line one\nline two\r\n# heading",
            "<script>alert(1)</script>",
            "**bold** _em_ ![img](http://x/y.png)",
            "&lt;b&gt; entity",
    })
    void hostileTextRendersAsLiteralTextOnOneLine(String hostile) {
        String escaped = MarkdownText.escape(hostile);

        assertThat(UNESCAPED.matcher(escaped).find()).as(escaped).isFalse();
        assertThat(escaped).doesNotContain("\n", "\r");
        // Removing the escapes gives back the text (line breaks as spaces): nothing was lost, only neutralised.
        assertThat(escaped.replaceAll("\\\\(.)", "$1")).isEqualTo(hostile.replace("\r", " ").replace("\n", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\<img>", "\\\\](x)"})
    void aBackslashInTheTextCannotCancelAnEscape(String hostile) {
        String escaped = MarkdownText.escape(hostile);

        assertThat(UNESCAPED.matcher(escaped.replace("\\\\", "")).find()).as(escaped).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ping @octocat", "cc @org/team"})
    void mentionsDoNotPingAnyone(String text) {
        assertThat(MarkdownText.escape(text)).contains("@\u200B").doesNotContainPattern("@[a-z]");
    }

    @ParameterizedTest
    @ValueSource(ints = {5000})
    void longTextIsCut(int length) {
        assertThat(MarkdownText.escape("a".repeat(length))).hasSizeLessThan(400).endsWith("…");
    }
}
