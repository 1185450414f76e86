package dev.fixpoint.server.submissions;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.CurrentAccount;
import dev.fixpoint.server.labs.LabLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** JSON API for drafts and submissions; every object is looked up by its owner. */
@RestController
@RequestMapping("/api/v1")
class SubmissionsApi {

    /** Files by path relative to the lab folder. */
    record Files(Map<String, String> files) {
    }

    record Created(String id) {
    }

    private final LabLibrary library;
    private final Submissions submissions;

    SubmissionsApi(LabLibrary library, Submissions submissions) {
        this.library = library;
        this.submissions = submissions;
    }

    @GetMapping("/labs/{labId}/draft")
    Files draft(@PathVariable String labId, Authentication authentication) {
        return new Files(submissions.files(CurrentAccount.of(authentication), lab(labId)));
    }

    @PutMapping("/labs/{labId}/draft")
    ResponseEntity<Void> saveDraft(@PathVariable String labId, @RequestBody Files body, Authentication authentication) {
        submissions.saveDraft(CurrentAccount.of(authentication), lab(labId), required(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/labs/{labId}/submissions")
    ResponseEntity<Created> submit(@PathVariable String labId, @RequestBody Files body, Authentication authentication) {
        String id = submissions.submit(CurrentAccount.of(authentication), lab(labId), required(body));
        return ResponseEntity.created(URI.create("/api/v1/submissions/" + id)).body(new Created(id));
    }

    @GetMapping("/labs/{labId}/submissions")
    List<SubmissionView> history(@PathVariable String labId, Authentication authentication) {
        return submissions.history(CurrentAccount.of(authentication), lab(labId));
    }

    @GetMapping("/progress")
    java.util.Collection<LabProgress> progress(Authentication authentication) {
        return submissions.progress(CurrentAccount.of(authentication)).values();
    }

    @GetMapping("/submissions/{id}")
    SubmissionView submission(@PathVariable String id, Authentication authentication) {
        Account account = CurrentAccount.of(authentication);
        // Another account's submission is "not found", not "forbidden": its existence is not revealed.
        return submissions.find(account, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such submission"));
    }

    /**
     * The full report of anyone's submission, hidden checks included, for an administrator investigating a verdict
     * (only administrators reach {@code /api/v1/admin/}).
     */
    @GetMapping("/admin/submissions/{id}")
    SubmissionView fullSubmission(@PathVariable String id) {
        return submissions.findFull(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such submission"));
    }

    @ExceptionHandler(TooManySubmissionsException.class)
    ProblemDetail tooMany(TooManySubmissionsException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private Lab lab(String id) {
        return library.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lab"));
    }

    private static Map<String, String> required(Files body) {
        if (body == null || body.files() == null || body.files().isEmpty()) {
            throw new IllegalArgumentException("the body must be {\"files\": {\"<path>\": \"<content>\", ...}}");
        }
        return body.files();
    }
}
