package dev.fixpoint.server.accounts;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.Visitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's invitations, over HTTP as a browser sends it: whom each is for, the pending ones with revoke (a
 * revoked link stops working), and the invited person signed in on joining, with a new session and CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:invitations;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("sandbox")
class InvitationTests {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern LINK = Pattern.compile("<pre id=\"invitation-link\">(http[^<]+)</pre>");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    private Visitor admin;

    @BeforeAll
    void signInTheAdministrator() throws Exception {
        accounts.create("admin", PASSWORD, Role.ADMIN);
        admin = new Visitor(base());
        admin.signIn("admin", PASSWORD);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Invites someone on the Users page; returns the page that shows the link. */
    private HttpResponse<String> invite(String username, String email) throws Exception {
        admin.get("/admin/users");
        HttpResponse<String> page = admin.post("/admin/invitations", Map.of("username", username, "email", email, "role", "LEARNER"));
        assertThat(page.statusCode()).isEqualTo(200);
        return page;
    }

    private static String link(HttpResponse<String> page) {
        Matcher link = LINK.matcher(page.body());
        assertThat(link.find()).as("the page shows the invitation link").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private static String pending(String page) {
        int start = page.indexOf("aria-label=\"Pending invitations\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static Optional<String> sessionSet(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::lookingAt).map(m -> m.group(1)).findFirst();
    }

    @Test
    void anInvitationShowsWhomItIsForAndStaysPendingUntilRevoked() throws Exception {
        HttpResponse<String> page = invite("revoked-guest", "Revoked.Guest@Example.com");
        assertThat(page.body()).contains("<strong>revoked-guest</strong>", "(revoked.guest@example.com)", "<strong>LEARNER</strong>",
                "id=\"copy-invitation\"");
        String link = link(page);
        assertThat(pending(page.body())).contains("revoked-guest", "revoked.guest@example.com", "LEARNER", "Revoke");

        Matcher id = Pattern.compile("name=\"id\" value=\"([0-9a-f]+)\"").matcher(pending(page.body()));
        assertThat(id.find()).isTrue();
        HttpResponse<String> revoked = admin.post("/admin/invitations/revoke", Map.of("id", id.group(1)));
        assertThat(revoked.body()).contains("Revoked the invitation for revoked-guest");
        assertThat(pending(revoked.body())).doesNotContain("revoked-guest");
        assertThat(admin.post("/admin/invitations/revoke", Map.of("id", id.group(1))).body()).contains("no longer pending");

        Visitor guest = new Visitor(base());
        assertThat(guest.get(link.substring(link.indexOf("/invite"))).body()).contains("This invitation is not valid");
        // The form as it was before the revocation, with a CSRF token of a page the guest could see.
        guest.get("/login");
        HttpResponse<String> joined = guest.post("/invite", Map.of("token", link.substring(link.indexOf("token=") + 6), "password", PASSWORD));
        assertThat(joined.body()).contains("no longer valid");
        assertThat(accounts.isTaken("revoked-guest")).isFalse();
    }

    @Test
    void joiningSignsTheNewUserInWithANewSessionAndCsrfToken() throws Exception {
        String link = link(invite("joiner", "joiner@example.com"));
        Visitor guest = new Visitor(base());
        HttpResponse<String> form = guest.get(link.substring(link.indexOf("/invite")));
        assertThat(form.body()).contains("<strong id=\"invited-name\">joiner</strong>");
        String before = sessionSet(form).orElseThrow();

        HttpResponse<String> joined = guest.post("/invite", Map.of("token", link.substring(link.indexOf("token=") + 6), "password", PASSWORD));
        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(joined.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/?joined"));
        assertThat(sessionSet(joined)).as("a new session id after joining (session fixation)").hasValueSatisfying(
                after -> assertThat(after).isNotEqualTo(before));

        HttpResponse<String> home = guest.get("/?joined");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Your training", "Welcome to Fixpoint", "Sign out");
        assertThat(accounts.isTaken("joiner")).isTrue();

        // The token of a page seen since joining works, and the password typed on joining counts as just entered, as
        // after signing in: an API token is created without typing it again.
        assertThat(guest.get("/account").statusCode()).isEqualTo(200);
        HttpResponse<String> token = guest.post("/account/tokens", Map.of("name", "laptop", "days", "30"));
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.body()).contains("id=\"new-token\">fp_");
    }

    @Test
    void theCsrfTokenFromBeforeJoiningIsRefusedAfterwards() throws Exception {
        String link = link(invite("rotated", "rotated@example.com"));
        Visitor guest = new Visitor(base());
        guest.get(link.substring(link.indexOf("/invite")));
        guest.post("/invite", Map.of("token", link.substring(link.indexOf("token=") + 6), "password", PASSWORD));
        // No page seen since joining: the visitor still holds the invitation form's token.
        HttpResponse<String> withOldToken = guest.post("/account/tokens", Map.of("name", "laptop", "days", "30"));
        assertThat(withOldToken.statusCode()).isEqualTo(403);
    }

    @Test
    void aMalformedEmailIsRefusedNamingIt() throws Exception {
        HttpResponse<String> page = invite("bad-email", "not an address");
        assertThat(page.body()).contains("&#39;not an address&#39; is not an email address").doesNotContain("invitation-link");
    }
}
