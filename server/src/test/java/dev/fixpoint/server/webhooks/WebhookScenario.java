package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.assignments.AssignmentEvent;
import dev.fixpoint.server.assignments.AssignmentStatus;
import dev.fixpoint.server.assignments.AssignmentView;
import dev.fixpoint.server.assignments.Severity;
import dev.fixpoint.server.assignments.Trigger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

/** Webhooks registered by an administrator, assignment events published as the assignments module does, and the delivery log. */
final class WebhookScenario {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 29, 10, 0, 0, 0, ZoneOffset.ofHours(1));

    private final Webhooks webhooks;
    private final Account admin;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    WebhookScenario(Webhooks webhooks, Account admin, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.webhooks = webhooks;
        this.admin = admin;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Alice's assignment to the SQL injection lab, due in two weeks, for a CodeQL finding at Search.java:42. */
    static AssignmentEvent created(long id) {
        AssignmentView view = new AssignmentView(id, 7, "alice", "alice@example.com", "sql-injection-search", "SQL injection in product search",
                Severity.HIGH, AssignmentStatus.OPEN, CREATED, CREATED.plusDays(14), null, null, "SEC-42");
        Trigger trigger = new Trigger(99, "acme/payments", "0123abcd", "refs/heads/main", "CodeQL", "java/sql-injection",
                "Query built from \"user input\" <b>", 89, "src/main/java/shop/Search.java", 42);
        return new AssignmentEvent(AssignmentEvent.Type.CREATED, view, List.of(trigger));
    }

    /** The same assignment completed two days later by a submission, for an account without an email. */
    static AssignmentEvent completed(long id) {
        AssignmentView view = new AssignmentView(id, 7, "alice", null, "sql-injection-search", "SQL injection in product search",
                Severity.LOW, AssignmentStatus.COMPLETED, CREATED, CREATED.plusDays(14), CREATED.plusDays(2), "a-submission", null);
        return new AssignmentEvent(AssignmentEvent.Type.COMPLETED, view, List.of());
    }

    /** Publishes the event inside the transaction that made the change, which commits or rolls back. */
    void publish(AssignmentEvent event, boolean commit) {
        transactions.executeWithoutResult(transaction -> {
            events.publishEvent(event);
            if (!commit) {
                transaction.setRollbackOnly();
            }
        });
    }

    Webhooks.Registered register(WebhookReceiver receiver, String... events) {
        return webhooks.register(admin, receiver.url("/hook"), List.of(events));
    }

    List<Delivery> deliveries(long webhookId) {
        return webhooks.log(1000).stream().filter(delivery -> delivery.webhookId() == webhookId).toList();
    }

    /** The webhook's only delivery once it meets the condition, waiting up to 10 s. */
    Delivery awaitDelivery(long webhookId, Predicate<Delivery> condition) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            List<Delivery> found = deliveries(webhookId);
            if (found.size() == 1 && condition.test(found.getFirst())) {
                return found.getFirst();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the delivery log of webhook " + webhookId + " is still " + deliveries(webhookId));
    }

    void deleteWebhooks() {
        webhooks.list().forEach(webhook -> webhooks.delete(webhook.id()));
    }
}
