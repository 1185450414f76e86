package dev.fixpoint.server.assignments;

import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The training gate a pull-request check asks: does the commit author have overdue training that findings
 * triggered? CI service accounts, leads and admins only (see SecurityConfig).
 */
@RestController
class GateApi {

    /** A lab the author has to take. */
    record Due(long assignment, String lab, String title, OffsetDateTime dueAt, String url) {
    }

    /**
     * @param developer the account the email matched, or {@code null}, which passes
     */
    record Gate(String author, String developer, boolean passed, List<Due> overdue, List<Due> open) {
    }

    private final AccountDirectory directory;
    private final Assignments assignments;

    GateApi(AccountDirectory directory, Assignments assignments) {
        this.directory = directory;
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/gate")
    Gate gate(@RequestParam String author) {
        Optional<Account> developer = directory.byEmail(author);
        if (developer.isEmpty()) {
            return new Gate(author, null, true, List.of(), List.of());
        }
        OffsetDateTime now = assignments.now();
        List<AssignmentView> open = assignments.of(developer.get().id()).stream()
                .filter(assignment -> assignment.status() == AssignmentStatus.OPEN).toList();
        List<Due> overdue = open.stream().filter(assignment -> assignment.overdue(now)).map(GateApi::due).toList();
        List<Due> later = open.stream().filter(assignment -> !assignment.overdue(now)).map(GateApi::due).toList();
        return new Gate(author, developer.get().username(), overdue.isEmpty(), overdue, later);
    }

    private static Due due(AssignmentView assignment) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/labs/{id}").buildAndExpand(assignment.labId()).toUriString();
        return new Due(assignment.id(), assignment.labId(), assignment.labTitle(), assignment.dueAt(), url);
    }
}
