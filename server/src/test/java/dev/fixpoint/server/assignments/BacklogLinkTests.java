package dev.fixpoint.server.assignments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacklogLinkTests {

    @ParameterizedTest
    @ValueSource(strings = {"PAY-123", "SEC_OPS-7", "https://github.com/acme/payments/issues/42",
            "https://gitlab.example.com/acme/team/payments/-/issues/42", "http://gitlab.intranet/acme/payments/-/work_items/9",
            "https://github.example.com/acme/payments/issues/1/"})
    void jiraKeysAndIssueUrlsAreBacklogLinks(String text) {
        assertThat(new BacklogLink(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pay-123", "PAY-0", "PAY 123", "javascript:alert(1)//issues/1", "https://evil.example/phish",
            "https://user:pw@github.com/acme/payments/issues/42", "https://github.com/acme/payments/issues/42?x=<script>",
            "ftp://github.com/acme/payments/issues/42", "https://github.com/issues/42", "data:text/html,<script>alert(1)</script>"})
    void anythingElseIsRefusedWithWhatALinkMayBe(String text) {
        assertThatThrownBy(() -> new BacklogLink(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Jira key such as PAY-123").hasMessageContaining("is neither");
    }

    @Test
    void onlyUrlsAreLinkedAndBlankClears() {
        assertThat(new BacklogLink("PAY-1").href()).isNull();
        assertThat(new BacklogLink("https://github.com/a/b/issues/1").href()).isEqualTo("https://github.com/a/b/issues/1");
        assertThat(BacklogLink.parseOrNull("  ")).isNull();
        assertThat(BacklogLink.parseOrNull(" PAY-1 ")).isEqualTo(new BacklogLink("PAY-1"));
    }
}
