package dev.fixpoint.server.assignments;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.server.submissions.LabSolved;
import dev.fixpoint.server.submissions.Submissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Labs assigned to developers because of their findings: at most one open assignment per developer and lab,
 * completed by the developer's first SECURE submission of the lab made after it was assigned.
 */
@Service
public class Assignments {

    /**
     * What assigning did.
     *
     * @param created false when the finding joined the developer's open assignment of the same lab
     */
    public record Assigned(AssignmentView assignment, boolean created) {
    }

    private final AssignmentRepository assignments;
    private final LabLibrary library;
    private final Submissions submissions;
    private final DueDates dueDates;
    private final ApplicationEventPublisher events;

    Assignments(AssignmentRepository assignments, LabLibrary library, Submissions submissions, DueDates dueDates,
                ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.library = library;
        this.submissions = submissions;
        this.dueDates = dueDates;
        this.events = events;
    }

    /**
     * Assigns the lab to the developer because of a finding: a new assignment due by the finding's severity, or,
     * when the developer has the lab open already, that assignment, due no later than this finding requires.
     */
    @Transactional
    public Assigned assign(long accountId, String labId, Severity severity, Trigger trigger) {
        OffsetDateTime now = now();
        OffsetDateTime due = dueDates.due(severity, now);
        Optional<AssignmentView> open = assignments.findOpen(accountId, labId, this::title);
        if (open.isPresent()) {
            assignments.dueBy(open.get().id(), severity, due);
            return new Assigned(assignments.find(open.get().id(), this::title).orElseThrow(), false);
        }
        long id = assignments.insert(accountId, labId, severity, now, due);
        AssignmentView created = assignments.find(id, this::title).orElseThrow();
        events.publishEvent(new AssignmentEvent(AssignmentEvent.Type.CREATED, created, List.of(trigger)));
        return new Assigned(created, true);
    }

    /** The developer's assignments, open ones first, each up to date with the developer's submissions. */
    @Transactional
    public List<AssignmentView> of(long accountId) {
        catchUp(accountId);
        return assignments.ofAccount(accountId, this::title);
    }

    public Optional<AssignmentView> find(long id) {
        return assignments.find(id, this::title);
    }

    /**
     * Links the assignment to a backlog item, or unlinks it with {@code null}.
     *
     * @return false when there is no such assignment
     */
    @Transactional
    public boolean link(long id, BacklogLink backlog) {
        return assignments.setBacklog(id, backlog == null ? null : backlog.value());
    }

    /** Completes the developer's open assignment of the lab the moment a fix is graded SECURE. */
    @EventListener
    @Transactional
    void solved(LabSolved solved) {
        assignments.findOpen(solved.accountId(), solved.labId(), this::title)
                .filter(open -> !solved.submittedAt().isBefore(open.createdAt()))
                .ifPresent(open -> complete(open, solved));
    }

    /**
     * Completes open assignments whose lab was solved since, in case the event was missed (a restart between
     * the verdict and the listener, say), so that reads never show a solved lab as due.
     */
    private void catchUp(long accountId) {
        for (AssignmentView assignment : assignments.ofAccount(accountId, this::title)) {
            if (assignment.status() == AssignmentStatus.OPEN) {
                submissions.firstSecureSince(accountId, assignment.labId(), assignment.createdAt())
                        .ifPresent(solved -> complete(assignment, solved));
            }
        }
    }

    private void complete(AssignmentView open, LabSolved solved) {
        if (assignments.complete(open.id(), solved.submissionId(), now())) {
            AssignmentView completed = assignments.find(open.id(), this::title).orElseThrow();
            events.publishEvent(new AssignmentEvent(AssignmentEvent.Type.COMPLETED, completed, List.of()));
        }
    }

    OffsetDateTime now() {
        return OffsetDateTime.now();
    }

    private String title(String labId) {
        return library.find(labId).map(Lab::manifest).map(manifest -> manifest.title()).orElse(labId);
    }
}
