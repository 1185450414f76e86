package dev.fixpoint.server.assignments;

import dev.fixpoint.server.accounts.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The caller's own assignments; leads link any assignment to a backlog item (see SecurityConfig). */
@RestController
class AssignmentsApi {

    record Backlog(String backlog) {
    }

    private final Assignments assignments;

    AssignmentsApi(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/assignments")
    List<AssignmentView> mine(Authentication authentication) {
        return assignments.of(CurrentAccount.of(authentication).id());
    }

    @PutMapping("/api/v1/assignments/{id}/backlog")
    ResponseEntity<AssignmentView> link(@PathVariable long id, @RequestBody Backlog body) {
        if (!assignments.link(id, BacklogLink.parseOrNull(body == null ? null : body.backlog()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such assignment");
        }
        return ResponseEntity.ok(assignments.find(id).orElseThrow());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
