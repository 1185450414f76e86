package dev.fixpoint.lab.check;

import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.SetupFailedException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientTests {

    private final AnsweringContext context = new AnsweringContext();
    private final Client client = Client.of(context, "billing");

    @Test
    void pathArgumentsAreEncodedAsOneSegmentEachAndPathsWithoutArgumentsAreSentAsWritten() {
        client.get("/files/{}/versions/{}", "../etc/pass wd", 3).send();
        client.get("/download?file=..%2f..%2fsecret").send();

        assertThat(context.sent.get(0).target()).isEqualTo("/files/..%2Fetc%2Fpass%20wd/versions/3");
        assertThat(context.sent.get(1).target()).isEqualTo("/download?file=..%2f..%2fsecret");
        assertThat(context.services).containsOnly("billing");
        assertThatThrownBy(() -> client.get("/a/{}", 1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer {}");
        assertThatThrownBy(() -> client.get("/a/{}/{}", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more {}");
    }

    @Test
    void queriesFormsAndJsonBodiesAreEncodedWithTheirContentTypes() {
        client.get("/search").query("q", "O'Brien & co").query("page", 2).send();
        client.post("/login").form("user", "alice smith", "next", "/a?b=c").send();
        client.put("/invoices/{}", 7).json("amount", "0.01", "paid", true).send();

        assertThat(context.sent.get(0).target()).isEqualTo("/search?q=O%27Brien+%26+co&page=2");
        assertThat(context.sent.get(1).headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded");
        assertThat(context.sent.get(1).body()).isEqualTo("user=alice+smith&next=%2Fa%3Fb%3Dc");
        assertThat(context.sent.get(2).method()).isEqualTo("PUT");
        assertThat(Json.parse(context.sent.get(2).body())).isEqualTo(Json.object("amount", "0.01", "paid", true));
        assertThat(context.sent.get(2).headers()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void aSessionsCredentialsGoWithEveryRequestOfItsClientAndCanBeSwappedPerCall() {
        Client asAlice = client.as(Session.bearer("alice-token"));

        asAlice.get("/me").send();
        asAlice.get("/me").as(Session.header("X-Api-Key", "k")).send();
        client.get("/me").send();

        assertThat(context.sent.get(0).headers()).containsEntry("Authorization", "Bearer alice-token");
        assertThat(context.sent.get(1).headers()).containsEntry("X-Api-Key", "k").doesNotContainKey("Authorization");
        assertThat(context.sent.get(2).headers()).doesNotContainKey("Authorization");
    }

    @Test
    void aSetupStepThatGetsTheWrongStatusOrNoFieldThrowsNamingTheStep() {
        context.answer = new Response(500, Map.of(), "boom", false);

        assertThatThrownBy(() -> client.post("/invoices").json("a", 1).expect("creating Alice's invoice", 201))
                .isInstanceOf(SetupFailedException.class).hasMessage("creating Alice's invoice: POST /invoices answered 500");

        context.answer = new Response(201, Map.of(), "{\"other\":1}", false);
        assertThatThrownBy(() -> client.post("/invoices").expect("creating", 201).need("creating", "id"))
                .isInstanceOf(SetupFailedException.class).hasMessageContaining("without a 'id' field");
    }

    @Test
    void repliesReadAsJsonAndAnythingElseIsMissing() throws SetupFailedException {
        assertThat(client.get("/x").expect("reading").need("reading", "id").integer()).contains(9L);

        context.answer = new Response(200, Map.of("X-Note", "alice-note-abc"), "<html>", false);
        Reply reply = client.get("/x").send();
        assertThat(reply.json().isMissing()).isTrue();
        assertThat(new Canary("alice-note-abc").foundIn(reply)).isTrue();
        assertThat(new Canary("alice-note-xyz").foundIn(reply)).isFalse();
    }

    @Test
    void accountsSignUpWithRandomNamesAndLogInAsABearerSession() throws SetupFailedException {
        User user = Accounts.of(client, "/signup", "/login").signUp("alice");

        assertThat(user.name()).startsWith("alice-");
        assertThat(user.session().headers()).containsEntry("Authorization", "Bearer t0k");
        assertThat(context.sent).extracting(Request::target).containsExactly("/signup", "/login");
        assertThat(Json.parse(context.sent.get(1).body())).isEqualTo(Json.object("username", user.name(), "password", user.password()));
    }

    @Test
    void accountsSendTheExtraFieldsALabsFormAsksForWithEverySignUpAndLogIn() throws SetupFailedException {
        Accounts accounts = Accounts.of(client, "/signup", "/login").fields("email", "secret").with("tenant", "acme").with("otp", 123456);

        User user = accounts.signUp("bob");

        for (Request sent : context.sent) {
            assertThat(Json.parse(sent.body())).as(sent.target())
                    .isEqualTo(Json.object("email", user.name(), "secret", user.password(), "tenant", "acme", "otp", 123456));
        }
        assertThat(context.sent).hasSize(2);
    }

    @Test
    void cookieSessionsKeepEveryCookieAndDropTheirAttributes() {
        context.answer = new Response(200, Map.of("Set-Cookie", "SESSION=abc; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly, XSRF=x1; Path=/"), "", false);

        Session session = Session.cookies(client.post("/login").send()).orElseThrow();

        assertThat(session.headers()).containsExactly(Map.entry("Cookie", "SESSION=abc; XSRF=x1"));
        context.answer = new Response(200, Map.of(), "", false);
        assertThat(Session.cookies(client.get("/").send())).isEmpty();
    }
}
