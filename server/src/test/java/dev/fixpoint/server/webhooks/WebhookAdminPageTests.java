package dev.fixpoint.server.webhooks;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only administrators manage webhooks; a bad URL is refused naming the problem; the secret is shown once; pings and retries go out. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:webhook-pages;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1",
        "fixpoint.webhooks.poll-interval=1h", "fixpoint.webhooks.initial-backoff=300ms", "fixpoint.webhooks.max-backoff=5s",
        "fixpoint.webhooks.max-attempts=3", "fixpoint.webhooks.connect-timeout=2s", "fixpoint.webhooks.timeout=2s",
        // The receivers are on loopback.
        "fixpoint.webhooks.allow-internal-destinations=true"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("sandbox")
class WebhookAdminPageTests {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern SECRET = Pattern.compile("<pre id=\"new-secret\">(whsec_[A-Za-z0-9_-]{43})</pre>");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    Webhooks webhooks;

    @BeforeAll
    void createAccounts() {
        accounts.create("hooks-admin", PASSWORD, Role.ADMIN);
        accounts.create("hooks-lead", PASSWORD, Role.LEAD);
        accounts.create("hooks-learner", PASSWORD, Role.LEARNER);
    }

    @AfterEach
    void deleteWebhooks() {
        webhooks.list().forEach(webhook -> webhooks.delete(webhook.id()));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    private String page(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String register(MockHttpSession admin, String url, String... events) throws Exception {
        return page(admin, post("/admin/webhooks").param("url", url).param("events", events));
    }

    private static String secretIn(String page) {
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the page shows the new secret").isTrue();
        return matcher.group(1);
    }

    @Test
    void onlyAdminsReachTheWebhooksPage() throws Exception {
        mvc.perform(get("/admin/webhooks")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/webhooks").with(csrf()).param("url", "http://127.0.0.1:9/x").param("events", "assignment.created"))
                .andExpect(redirectedUrl("/login"));
        for (String user : new String[] {"hooks-lead", "hooks-learner"}) {
            MockHttpSession session = signIn(user);
            mvc.perform(get("/admin/webhooks").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/webhooks").session(session).with(csrf()).param("url", "http://127.0.0.1:9/x")
                    .param("events", "assignment.created")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/webhooks/1/delete").session(session).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/webhooks/deliveries/x/retry").session(session).with(csrf())).andExpect(status().isForbidden());
            assertThat(page(session, get("/labs"))).doesNotContain("/admin/webhooks");
        }
        assertThat(webhooks.list()).isEmpty();
        MockHttpSession admin = signIn("hooks-admin");
        assertThat(page(admin, get("/admin/users"))).contains("href=\"/admin/webhooks\"");
        assertThat(page(admin, get("/admin/webhooks"))).contains("No webhooks yet");
        mvc.perform(post("/admin/webhooks").session(admin).param("url", "http://127.0.0.1:9/x").param("events", "assignment.created"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badUrlsAndEventsAreRefusedNamingTheProblem() throws Exception {
        MockHttpSession admin = signIn("hooks-admin");

        assertThat(register(admin, " ", "assignment.created")).contains("Enter the URL");
        assertThat(register(admin, "/hooks/fixpoint", "assignment.created")).contains("must be absolute");
        assertThat(register(admin, "ftp://127.0.0.1/hooks", "assignment.created")).contains("must start with http:// or https://, not ftp:");
        assertThat(register(admin, "javascript:alert(1)", "assignment.created")).contains("must start with http:// or https://");
        assertThat(register(admin, "http:///hooks", "assignment.created")).contains("must name a host");
        assertThat(register(admin, "https://ci:hunter2@127.0.0.1/hooks", "assignment.created")).contains("must not contain a user name or password");
        assertThat(register(admin, "https://127.0.0.1/a b", "assignment.created")).contains("The URL is not valid: Illegal character in path at character 20.");
        assertThat(register(admin, "https://127.0.0.1/" + "a".repeat(2000), "assignment.created")).contains("at most 2000 are allowed");
        assertThat(register(admin, "https://127.0.0.1/hooks")).contains("Choose one or more of the events");
        assertThat(register(admin, "https://127.0.0.1/hooks", "assignment.deleted")).contains("Choose one or more of the events");
        String refused = register(admin, "http://127.0.0.1/<script>", "assignment.created");
        assertThat(refused).doesNotContain("<script>").contains("value=\"http://127.0.0.1/&lt;script&gt;\"");

        assertThat(webhooks.list()).isEmpty();
    }

    @Test
    void theSecretIsShownOnceAndNeverAgain() throws Exception {
        MockHttpSession admin = signIn("hooks-admin");

        String created = register(admin, "https://127.0.0.1:9/hooks/fixpoint", "assignment.created", "assignment.completed");
        String secret = secretIn(created);

        assertThat(created).contains("Registered webhook #", "shown only this once");
        String later = page(admin, get("/admin/webhooks"));
        assertThat(later).contains("https://127.0.0.1:9/hooks/fixpoint", "assignment.created, assignment.completed", "active")
                .doesNotContain(secret).doesNotContain("whsec_");
        assertThat(webhooks.list()).singleElement().extracting(Webhook::url).isEqualTo("https://127.0.0.1:9/hooks/fixpoint");
    }

    @Test
    void aPingReachesTheReceiverAndAFailedDeliveryCanBeRetried() throws Exception {
        MockHttpSession admin = signIn("hooks-admin");
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 500, 500, 200)) {
            String secret = secretIn(register(admin, receiver.url("/hook"), "assignment.completed"));
            long id = webhooks.list().getFirst().id();

            assertThat(page(admin, post("/admin/webhooks/" + id + "/ping"))).contains("Queued a ping to webhook #" + id);

            WebhookReceiver.Request ping = receiver.await(1, Duration.ofSeconds(5)).getFirst();
            assertThat(ping.header("X-Fixpoint-Event")).isEqualTo("ping");
            assertThat(ping.signedWith(secret)).isTrue();
            assertThat(ping.text()).contains("\"event\":\"ping\"", "\"events\":[\"assignment.completed\"]").doesNotContain(secret);
            String failed = awaitPage(admin, "Retry now");
            assertThat(failed).contains("HTTP 500", "FAILED").doesNotContain(secret);
            String deliveryId = ping.header("X-Fixpoint-Delivery");

            assertThat(page(admin, post("/admin/webhooks/deliveries/" + deliveryId + "/retry"))).contains("is being sent again");

            assertThat(receiver.await(4, Duration.ofSeconds(5)).getLast().header("X-Fixpoint-Delivery")).isEqualTo(deliveryId);
            assertThat(awaitPage(admin, "DELIVERED")).contains("HTTP 200").doesNotContain("Retry now");
            mvc.perform(post("/admin/webhooks/deliveries/" + deliveryId + "/retry").session(admin).with(csrf())).andExpect(status().isNotFound());
        }
    }

    @Test
    void aWebhookIsPausedActivatedAndDeletedWithItsLog() throws Exception {
        MockHttpSession admin = signIn("hooks-admin");
        register(admin, "http://127.0.0.1:9/hooks", "assignment.created");
        long id = webhooks.list().getFirst().id();

        mvc.perform(post("/admin/webhooks/" + id + "/pause").session(admin).with(csrf())).andExpect(redirectedUrl("/admin/webhooks"));
        assertThat(page(admin, get("/admin/webhooks"))).contains("paused", "Activate");
        assertThat(page(admin, post("/admin/webhooks/" + id + "/ping"))).contains("is paused; activate it to ping it");
        mvc.perform(post("/admin/webhooks/" + id + "/activate").session(admin).with(csrf())).andExpect(redirectedUrl("/admin/webhooks"));
        assertThat(webhooks.list().getFirst().active()).isTrue();

        mvc.perform(post("/admin/webhooks/" + id + "/delete").session(admin).with(csrf())).andExpect(redirectedUrl("/admin/webhooks"));
        assertThat(webhooks.list()).isEmpty();
        mvc.perform(post("/admin/webhooks/" + id + "/delete").session(admin).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/webhooks/" + id + "/ping").session(admin).with(csrf())).andExpect(status().isNotFound());
    }

    private String awaitPage(MockHttpSession admin, String text) throws Exception {
        for (int i = 0; i < 250; i++) {
            String page = page(admin, get("/admin/webhooks"));
            if (page.contains(text)) {
                return page;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the webhooks page never showed " + text);
    }
}
