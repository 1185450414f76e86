package dev.fixpoint.server.findings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fixpoint.findings.SarifReader;
import dev.fixpoint.server.accounts.CurrentAccount;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Findings from CI (uploaded with a CI service account's token) and the leads' view of them (see SecurityConfig
 * for who may call what; docs/findings.md for the contract).
 */
@RestController
class FindingsApi {

    /** The upload summary of docs/findings.md. */
    record UploadAnswer(long upload, int files, int results, int skipped, @JsonProperty("new") int newFindings, int known,
                        List<Assigned> assigned, int unassigned, int gaps) {
    }

    record Assigned(long assignment, String developer, String lab, OffsetDateTime dueAt) {
    }

    record Backlog(String backlog) {
    }

    record Assignee(String developer) {
    }

    private record MultipartPart(MultipartFile file) implements SarifUpload.Part {
        @Override
        public String name() {
            String name = file.getOriginalFilename();
            return name == null || name.isBlank() ? "sarif part" : name;
        }

        @Override
        public InputStream open() throws IOException {
            return file.getInputStream();
        }
    }

    private final FindingIntake intake;
    private final Findings findings;
    private final SarifReader.Options limits;

    FindingsApi(FindingIntake intake, Findings findings, FindingsProperties settings) {
        this.intake = intake;
        this.findings = findings;
        this.limits = new SarifReader.Options(settings.maxRequestSize().toBytes(), settings.maxResults(), settings.maxDepth(), false);
    }

    @PostMapping(path = "/api/v1/findings", consumes = "multipart/form-data")
    ResponseEntity<UploadAnswer> upload(@RequestParam(required = false) String repository, @RequestParam(required = false) String commit,
                                        @RequestParam(required = false) String ref, @RequestParam(required = false) String author,
                                        @RequestParam(required = false) boolean onlyNew,
                                        @RequestParam(name = "sarif", required = false) List<MultipartFile> sarif,
                                        Authentication authentication) {
        UploadRequest request = UploadRequest.of(repository, commit, ref, author);
        SarifUpload files = SarifUpload.read(sarif == null ? List.of() : sarif.stream().map(MultipartPart::new).toList(),
                limits.withOnlyNew(onlyNew));
        FindingIntake.Summary summary = intake.store(CurrentAccount.of(authentication), request, files);
        return ResponseEntity.status(HttpStatus.CREATED).body(new UploadAnswer(summary.upload(), summary.files(), summary.results(), files.skipped(),
                summary.newFindings(), summary.known(), summary.assigned().stream()
                .map(a -> new Assigned(a.assignment(), a.developer(), a.lab(), a.dueAt())).toList(), summary.unassigned(), summary.gaps()));
    }

    @GetMapping("/api/v1/findings")
    List<FindingView> inbox(@RequestParam(required = false) String repository, @RequestParam(required = false) Integer cwe,
                            @RequestParam(required = false) String developer, @RequestParam(required = false) FindingStatus status) {
        return findings.inbox(InboxFilter.of(repository, cwe, developer, status));
    }

    @PutMapping("/api/v1/findings/{id}/backlog")
    FindingView link(@PathVariable long id, @RequestBody Backlog body) {
        return findings.link(id, body == null ? null : body.backlog());
    }

    @PostMapping("/api/v1/findings/{id}/assignee")
    FindingView assign(@PathVariable long id, @RequestBody Assignee body) {
        return findings.assign(id, body == null ? null : body.developer());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
