package dev.fixpoint.lab.check;

import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendAndExpectTests {

    private static final Map<String, String> SECRETS = Map.of("document-key", "k-71f0", "hr-password", "p-9931");

    private static AnsweringContext answering(Map<String, String> params, int status, String body) {
        AnsweringContext context = new AnsweringContext(params, SECRETS);
        context.answer = new Response(status, Map.of(), body, false);
        return context;
    }

    @Test
    void anExploitWrittenAsDataFailsWhenTheSecretComesBackAndPassesWhenItDoesNot() {
        Map<String, String> params = Map.of("service", "portal", "request", "GET /download?file=..%2F{random}%2F..%2Fsecret",
                "must-not-contain", "secret:document-key");

        AnsweringContext leaked = answering(params, 200, "key=k-71f0");
        CheckResult through = new SendAndExpect().run(leaked);
        CheckResult blocked = new SendAndExpect().run(answering(params, 404, "not found"));

        assertThat(through.passed()).isFalse();
        assertThat(through.message()).contains("holds what it must not (the secret document-key)").doesNotContain("k-71f0");
        assertThat(blocked.passed()).isTrue();
        assertThat(leaked.sent.getFirst().method()).isEqualTo("GET");
        assertThat(leaked.sent.getFirst().target()).matches("/download\\?file=\\.\\.%2F[a-z]{8}%2F\\.\\.%2Fsecret");
        assertThat(leaked.services).containsExactly("portal");
    }

    @Test
    void bodiesHeadersAndStatusClassesAreSentAndJudgedAsWritten() {
        Map<String, String> params = Map.of("service", "shop", "request", "POST /orders", "body", "{\"qty\": -1}",
                "header.X-Tenant", "acme", "status", "4xx", "must-contain", "quantity");

        AnsweringContext refused = answering(params, 422, "{\"error\":\"quantity must be positive\"}");
        assertThat(new SendAndExpect().run(refused).passed()).isTrue();
        assertThat(refused.sent.getFirst().headers()).containsEntry("X-Tenant", "acme").containsEntry("Content-Type", "application/json");
        assertThat(refused.sent.getFirst().body()).isEqualTo("{\"qty\": -1}");

        CheckResult accepted = new SendAndExpect().run(answering(params, 201, "{\"id\":1}"));
        assertThat(accepted.passed()).isFalse();
        assertThat(accepted.message()).contains("the status is 201, not 4xx").contains("lacks 'quantity'");
        assertThat(SendAndExpect.statusMatches("200, 204", 204)).isTrue();
        assertThat(SendAndExpect.statusMatches("2xx", 302)).isFalse();
    }

    @Test
    void basicCredentialsAndHeadersMayCarryPerRunSecrets() {
        Map<String, String> params = Map.of("service", "people", "request", "GET /api/hr/employees", "basic", "hana:secret:hr-password",
                "header.X-Api-Key", "secret:document-key", "status", "200");

        AnsweringContext context = answering(params, 200, "[]");
        assertThat(new SendAndExpect().run(context).passed()).isTrue();

        // hana:p-9931, as a browser would send it.
        assertThat(context.sent.getFirst().headers()).containsEntry("Authorization", "Basic aGFuYTpwLTk5MzE=").containsEntry("X-Api-Key", "k-71f0");
        AnsweringContext plain = answering(Map.of("service", "people", "request", "GET /api/me", "basic", "erin:erin-drinks-tea", "status", "200"), 200, "{}");
        new SendAndExpect().run(plain);
        assertThat(plain.sent.getFirst().headers()).containsEntry("Authorization", "Basic ZXJpbjplcmluLWRyaW5rcy10ZWE=");
        assertThatThrownBy(() -> new SendAndExpect().run(answering(Map.of("service", "s", "request", "GET /", "basic", "nobody", "status", "200"), 200, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USER:PASSWORD");
    }

    @Test
    void aCheckWithoutExpectationsOrWithAMalformedRequestIsRefusedSayingWhatIsWrong() {
        assertThatThrownBy(() -> new SendAndExpect().run(answering(Map.of("service", "s", "request", "GET /"), 200, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one of");
        assertThatThrownBy(() -> new SendAndExpect().run(answering(Map.of("service", "s", "request", "/only-a-path", "status", "200"), 200, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("METHOD target");
    }
}
