package dev.fixpoint.server.labs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab Markdown is rendered safely: raw HTML is shown as text and script links are dropped. */
class MarkdownTests {

    @Test
    void rawHtmlIsEscaped() {
        assertThat(Markdown.toHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>"))
                .doesNotContain("<script>", "<img").contains("&lt;script&gt;");
    }

    @Test
    void scriptLinksAreRemovedAndOrdinaryOnesKept() {
        String html = Markdown.toHtml("[bad](javascript:alert(1)) [good](https://owasp.org/Top10/)");
        assertThat(html).doesNotContain("javascript:").contains("href=\"https://owasp.org/Top10/\"");
    }

    @Test
    void codeBlocksStayCode() {
        assertThat(Markdown.toHtml("```java\nString sql = \"<b>\";\n```")).contains("<pre><code", "&lt;b&gt;");
    }

    @Test
    void gitHubTablesRenderAsTablesWithTheirCellsEscaped() {
        String html = Markdown.toHtml("| method | path |\n|---|---|\n| GET | /invoices/{id} <b> |\n");
        assertThat(html).contains("<table>", "<th>method</th>", "<td>GET</td>", "&lt;b&gt;").doesNotContain("| method |", "<b>");
    }
}
