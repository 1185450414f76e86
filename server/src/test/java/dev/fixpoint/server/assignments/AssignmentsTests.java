package dev.fixpoint.server.assignments;

import dev.fixpoint.server.ServerTest;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountService;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.submissions.LabSolved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One open assignment per developer and lab, due by the most severe finding, completed by a later SECURE fix. */
@ServerTest
@RecordApplicationEvents
class AssignmentsTests {

    private static final String LAB = "path-traversal-download";

    @Autowired
    Assignments assignments;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;

    private Account developer() {
        return accounts.create("dev-" + UUID.randomUUID().toString().substring(0, 8), "a long enough password", Role.LEARNER);
    }

    private static Trigger trigger(long finding) {
        return new Trigger(finding, "acme/files", "abc1234", null, "CodeQL", "java/path-injection", "path from user input", 22,
                "src/Files.java", 12);
    }

    private long created() {
        return events.stream(AssignmentEvent.class).filter(event -> event.type() == AssignmentEvent.Type.CREATED).count();
    }

    @Test
    void aFurtherFindingForTheSameLabJoinsTheOpenAssignmentAndOnlyAMoreSevereOneBringsItsDueDateForward() {
        Account developer = developer();
        Assignments.Assigned first = assignments.assign(developer.id(), LAB, Severity.MEDIUM, trigger(1));
        assertThat(first.created()).isTrue();
        assertThat(first.assignment().dueAt()).isCloseTo(OffsetDateTime.now().plusDays(30), within(Duration.ofMinutes(1)));
        assertThat(created()).isEqualTo(1);
        AssignmentEvent event = events.stream(AssignmentEvent.class).findFirst().orElseThrow();
        assertThat(event.assignment().labTitle()).isEqualTo("Path traversal in a document download");
        assertThat(event.triggers()).containsExactly(trigger(1));

        Assignments.Assigned low = assignments.assign(developer.id(), LAB, Severity.LOW, trigger(2));
        assertThat(low.created()).isFalse();
        assertThat(low.assignment().id()).isEqualTo(first.assignment().id());
        assertThat(low.assignment().dueAt()).isEqualTo(first.assignment().dueAt());

        Assignments.Assigned critical = assignments.assign(developer.id(), LAB, Severity.CRITICAL, trigger(3));
        assertThat(critical.created()).isFalse();
        assertThat(critical.assignment().dueAt()).isCloseTo(OffsetDateTime.now().plusDays(7), within(Duration.ofMinutes(1)));
        assertThat(critical.assignment().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(created()).as("joining makes no new assignment event").isEqualTo(1);
    }

    @Test
    void aSecureFixSubmittedAfterTheAssignmentCompletesItButAnEarlierOneDoesNot() {
        Account developer = developer();
        AssignmentView open = assignments.assign(developer.id(), LAB, Severity.HIGH, trigger(4)).assignment();

        publisher.publishEvent(new LabSolved(developer.id(), LAB, "before", open.createdAt().minusSeconds(1)));
        assertThat(assignments.find(open.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.OPEN);
        publisher.publishEvent(new LabSolved(developer.id(), "sql-injection-search", "other-lab", open.createdAt().plusSeconds(1)));
        assertThat(assignments.find(open.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.OPEN);

        publisher.publishEvent(new LabSolved(developer.id(), LAB, "the-fix", open.createdAt().plusSeconds(1)));
        AssignmentView done = assignments.find(open.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(done.submissionId()).isEqualTo("the-fix");
        assertThat(events.stream(AssignmentEvent.class).filter(event -> event.type() == AssignmentEvent.Type.COMPLETED)
                .map(event -> event.assignment().id())).containsExactly(open.id());

        publisher.publishEvent(new LabSolved(developer.id(), LAB, "again", open.createdAt().plusSeconds(2)));
        assertThat(events.stream(AssignmentEvent.class).filter(event -> event.type() == AssignmentEvent.Type.COMPLETED)).hasSize(1);
        assertThat(assignments.assign(developer.id(), LAB, Severity.HIGH, trigger(5)).created())
                .as("a new finding after the training is a new assignment").isTrue();
    }
}
