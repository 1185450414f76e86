package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.fixpoint.server.webhooks.WebhookScenario.completed;
import static dev.fixpoint.server.webhooks.WebhookScenario.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assignment events reach the receivers subscribed to them, signed, as soon as their transaction commits; failed
 * attempts are retried with growing waits until the last, and every attempt is in the log; the same on every
 * database Fixpoint supports, which subclasses choose. The poll interval is an hour, so nothing these tests see is
 * sent by a poll.
 */
// On a PostgreSQL shared with the persistence tests, this context's grading queue leaves their submissions alone.
@TestPropertySource(properties = {"fixpoint.grading.concurrency=1", "fixpoint.grading.sweep-interval=1h",
        "fixpoint.webhooks.poll-interval=1h", "fixpoint.webhooks.initial-backoff=300ms", "fixpoint.webhooks.max-backoff=5s",
        "fixpoint.webhooks.max-attempts=3", "fixpoint.webhooks.connect-timeout=2s", "fixpoint.webhooks.timeout=2s",
        // The receivers are on loopback.
        "fixpoint.webhooks.allow-internal-destinations=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebhookDeliveryContract {

    private static final Duration SOON = Duration.ofSeconds(5);

    @Autowired
    Webhooks webhooks;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    private final JsonMapper json = JsonMapper.builder().build();
    private WebhookScenario scenario;

    @BeforeAll
    void createAdmin() {
        Account admin = accounts.create("webhook-admin-" + UUID.randomUUID().toString().substring(0, 8), "a long enough password", Role.ADMIN);
        scenario = new WebhookScenario(webhooks, admin, events, transactions);
    }

    @AfterEach
    void deleteWebhooks() {
        scenario.deleteWebhooks();
    }

    @Test
    void aSubscribedReceiverGetsTheEventSignedWithItsSecretRightAfterTheCommit() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            Webhooks.Registered webhook = scenario.register(receiver, "assignment.created", "assignment.completed");
            long committed = System.nanoTime();
            scenario.publish(created(41), true);

            WebhookReceiver.Request request = receiver.await(1, SOON).getFirst();
            assertThat(Duration.ofNanos(request.receivedAtNanos() - committed)).isLessThan(Duration.ofSeconds(1));
            assertThat(request.signedWith(webhook.secret())).isTrue();
            assertThat(request.signedWith("whsec_another")).isFalse();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("User-Agent")).isEqualTo("Fixpoint-Webhooks");
            assertThat(request.header("X-Fixpoint-Event")).isEqualTo("assignment.created");
            assertThat(request.text()).doesNotContain(webhook.secret());
            Delivery delivery = scenario.awaitDelivery(webhook.webhook().id(), found -> found.status() == DeliveryStatus.DELIVERED);
            assertThat(request.header("X-Fixpoint-Delivery")).isEqualTo(delivery.id());
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::httpStatus).containsExactly(204);
        }
    }

    @Test
    void theBodyCarriesTheAssignmentAndTheFindingsBehindIt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            scenario.register(receiver, "assignment.created");
            scenario.publish(created(40), true);

            JsonNode body = json.readTree(receiver.await(1, SOON).getFirst().body());

            assertThat(body.get("event").asString()).isEqualTo("assignment.created");
            JsonNode assignment = body.get("assignment");
            assertThat(assignment.get("id").asLong()).isEqualTo(40);
            assertThat(assignment.get("lab").get("id").asString()).isEqualTo("sql-injection-search");
            assertThat(assignment.get("lab").get("title").asString()).isEqualTo("SQL injection in product search");
            assertThat(assignment.get("developer").get("username").asString()).isEqualTo("alice");
            assertThat(assignment.get("developer").get("email").asString()).isEqualTo("alice@example.com");
            assertThat(assignment.get("severity").asString()).isEqualTo("HIGH");
            assertThat(assignment.get("status").asString()).isEqualTo("OPEN");
            assertThat(assignment.get("createdAt").asString()).isEqualTo("2026-11-29T09:00:00Z");
            assertThat(assignment.get("dueAt").asString()).isEqualTo("2026-12-13T09:00:00Z");
            assertThat(assignment.get("completedAt").isNull()).isTrue();
            assertThat(assignment.get("backlog").asString()).isEqualTo("SEC-42");
            JsonNode finding = body.get("findings").get(0);
            assertThat(finding.get("repository").asString()).isEqualTo("acme/payments");
            assertThat(finding.get("rule").asString()).isEqualTo("java/sql-injection");
            assertThat(finding.get("cwe").asInt()).isEqualTo(89);
            assertThat(finding.get("file").asString()).isEqualTo("src/main/java/shop/Search.java");
            assertThat(finding.get("line").asInt()).isEqualTo(42);
            assertThat(finding.get("message").asString()).isEqualTo("Query built from \"user input\" <b>");
        }
    }

    @Test
    void aCompletedAssignmentsBodyHasItsSubmissionAndNoFindings() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            scenario.register(receiver, "assignment.completed");
            scenario.publish(completed(39), true);

            JsonNode body = json.readTree(receiver.await(1, SOON).getFirst().body());

            assertThat(body.get("event").asString()).isEqualTo("assignment.completed");
            assertThat(body.get("assignment").get("status").asString()).isEqualTo("COMPLETED");
            assertThat(body.get("assignment").get("completedAt").asString()).isEqualTo("2026-12-01T09:00:00Z");
            assertThat(body.get("assignment").get("submission").asString()).isEqualTo("a-submission");
            assertThat(body.get("assignment").get("developer").get("email").isNull()).isTrue();
            assertThat(body.get("findings").isEmpty()).isTrue();
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsThreeAttemptsWithGrowingWaitsAllInTheLog() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 500, 200)) {
            Webhooks.Registered webhook = scenario.register(receiver, "assignment.completed");

            scenario.publish(completed(42), true);

            List<WebhookReceiver.Request> requests = receiver.await(3, SOON);
            Duration first = Duration.ofNanos(requests.get(1).receivedAtNanos() - requests.get(0).receivedAtNanos());
            Duration second = Duration.ofNanos(requests.get(2).receivedAtNanos() - requests.get(1).receivedAtNanos());
            assertThat(first).isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
            assertThat(second).isBetween(Duration.ofMillis(600), Duration.ofSeconds(3));
            assertThat(requests).extracting(request -> request.header("X-Fixpoint-Delivery")).containsOnly(requests.getFirst().header("X-Fixpoint-Delivery"));
            assertThat(requests).extracting(WebhookReceiver.Request::text).containsOnly(requests.getFirst().text());
            Delivery delivery = scenario.awaitDelivery(webhook.webhook().id(), found -> found.status() == DeliveryStatus.DELIVERED);
            assertThat(delivery.attemptCount()).isEqualTo(3);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::httpStatus).containsExactly(500, 500, 200);
            assertThat(delivery.deliveredAt()).isNotNull();
            assertThat(delivery.nextAttemptAt()).isNull();
        }
    }

    @Test
    void aReceiverThatAlwaysFailsLeavesTheDeliveryFailedAfterTheLastAttempt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(503)) {
            Webhooks.Registered webhook = scenario.register(receiver, "assignment.created");

            scenario.publish(created(43), true);

            Delivery delivery = scenario.awaitDelivery(webhook.webhook().id(), found -> found.status() == DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::outcome).containsExactly("HTTP 503", "HTTP 503", "HTTP 503");
            Thread.sleep(1500);
            assertThat(receiver.received()).hasSize(3);
        }
    }

    @Test
    void anUnreachableReceiverIsRetriedWithTheErrorInTheLog() throws Exception {
        WebhookReceiver gone = WebhookReceiver.answering(200);
        Webhooks.Registered webhook = scenario.register(gone, "assignment.created");
        gone.close();

        scenario.publish(created(44), true);

        Delivery delivery = scenario.awaitDelivery(webhook.webhook().id(), found -> found.status() == DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).hasSize(3).allSatisfy(attempt -> {
            assertThat(attempt.httpStatus()).isNull();
            assertThat(attempt.error()).contains("ConnectException");
        });
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(302)) {
            Webhooks.Registered webhook = scenario.register(receiver, "assignment.created");

            scenario.publish(created(45), true);

            Delivery delivery = scenario.awaitDelivery(webhook.webhook().id(), found -> found.status() == DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::outcome).containsExactly("HTTP 302", "HTTP 302", "HTTP 302");
            assertThat(receiver.received()).extracting(WebhookReceiver.Request::path).containsOnly("/hook");
        }
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Webhooks.Registered webhook = scenario.register(receiver, "assignment.created");

            scenario.publish(created(46), false);
            Thread.sleep(1000);

            assertThat(receiver.received()).isEmpty();
            assertThat(scenario.deliveries(webhook.webhook().id())).isEmpty();
            scenario.publish(created(47), true);
            assertThat(json.readTree(receiver.await(1, SOON).getFirst().body()).get("assignment").get("id").asLong()).isEqualTo(47);
        }
    }

    @Test
    void anEventTheWebhookDidNotSubscribeToSendsNothing() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Webhooks.Registered webhook = scenario.register(receiver, "assignment.completed");

            scenario.publish(created(48), true);
            Thread.sleep(1000);

            assertThat(receiver.received()).isEmpty();
            assertThat(scenario.deliveries(webhook.webhook().id())).isEmpty();
            scenario.publish(completed(48), true);
            assertThat(receiver.await(1, SOON).getFirst().header("X-Fixpoint-Event")).isEqualTo("assignment.completed");
        }
    }

    @Test
    void aPausedWebhookGetsNothingUntilItIsActivated() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            Webhooks.Registered webhook = scenario.register(receiver, "assignment.created");
            webhooks.setActive(webhook.webhook().id(), false);

            scenario.publish(created(49), true);
            Thread.sleep(1000);

            assertThat(receiver.received()).isEmpty();
            webhooks.setActive(webhook.webhook().id(), true);
            scenario.publish(created(50), true);
            assertThat(receiver.await(1, SOON).getFirst().header("X-Fixpoint-Event")).isEqualTo("assignment.created");
        }
    }
}
