package dev.fixpoint.server.webhooks;

import org.junit.jupiter.api.Tag;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.assignments.Assignments;
import dev.fixpoint.server.assignments.Severity;
import dev.fixpoint.server.assignments.Trigger;
import dev.fixpoint.server.submissions.LabSolved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the assignments module does reaches the receivers: an assignment made for a finding, and its completion by a fix. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:webhook-assignments;DB_CLOSE_DELAY=-1", "fixpoint.grading.concurrency=1",
        // The receiver is on loopback.
        "fixpoint.webhooks.allow-internal-destinations=true"})
@Tag("sandbox")
class WebhookAssignmentsTests {

    private static final String LAB = "path-traversal-download";

    @Autowired
    Assignments assignments;
    @Autowired
    Webhooks webhooks;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEventPublisher publisher;
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAssignmentForAFindingAndItsCompletionAreDelivered() throws Exception {
        Account admin = accounts.create("webhook-assigner", "a long enough password", Role.ADMIN);
        Account developer = accounts.create("webhook-developer", "a long enough password", Role.LEARNER, "dev@example.com");
        try (WebhookReceiver receiver = WebhookReceiver.answering(200)) {
            webhooks.register(admin, receiver.url("/hook"), List.of("assignment.created", "assignment.completed"));
            Trigger trigger = new Trigger(1, "acme/files", "abc1234", null, "CodeQL", "java/path-injection", "path from user input", 22,
                    "src/Files.java", 12);

            Assignments.Assigned assigned = assignments.assign(developer.id(), LAB, Severity.CRITICAL, trigger);
            publisher.publishEvent(new LabSolved(developer.id(), LAB, "the-fix", assigned.assignment().createdAt().plusSeconds(1)));

            List<WebhookReceiver.Request> requests = receiver.await(2, Duration.ofSeconds(5));
            JsonNode created = json.readTree(requests.get(0).body());
            JsonNode completed = json.readTree(requests.get(1).body());
            assertThat(created.get("event").asString()).isEqualTo("assignment.created");
            assertThat(created.get("assignment").get("id").asLong()).isEqualTo(assigned.assignment().id());
            assertThat(created.get("assignment").get("lab").get("title").asString()).isEqualTo("Path traversal in a document download");
            assertThat(created.get("assignment").get("developer").get("email").asString()).isEqualTo("dev@example.com");
            assertThat(created.get("findings").get(0).get("cwe").asInt()).isEqualTo(22);
            assertThat(completed.get("event").asString()).isEqualTo("assignment.completed");
            assertThat(completed.get("assignment").get("status").asString()).isEqualTo("COMPLETED");
            assertThat(completed.get("assignment").get("submission").asString()).isEqualTo("the-fix");
        }
    }
}
