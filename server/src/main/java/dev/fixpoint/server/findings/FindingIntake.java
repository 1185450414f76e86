package dev.fixpoint.server.findings;

import dev.fixpoint.catalog.CweCatalog;
import dev.fixpoint.findings.Finding;
import dev.fixpoint.findings.Recommendations;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountDirectory;
import dev.fixpoint.server.assignments.Assignments;
import dev.fixpoint.server.assignments.Severity;
import dev.fixpoint.server.assignments.Trigger;
import dev.fixpoint.server.labs.LabLibrary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores an upload's findings and turns each new one into training: the lab that teaches its CWE (or the nearest
 * ancestor a lab teaches), assigned to the account whose email is the commit author's.
 */
@Service
class FindingIntake {

    /** What an upload did, for the CI log. */
    record Summary(long upload, int files, int results, int newFindings, int known, List<Assigned> assigned, int unassigned, int gaps) {
    }

    record Assigned(long assignment, String developer, String lab, java.time.OffsetDateTime dueAt) {
    }

    /** The CWE a finding was matched by and the lab chosen for it; a gap has no lab. */
    private record Match(Integer cwe, String labId) {
    }

    private final FindingRepository findings;
    private final LabLibrary library;
    private final AccountDirectory directory;
    private final Assignments assignments;
    private final CweCatalog cwes = CweCatalog.bundled();

    FindingIntake(FindingRepository findings, LabLibrary library, AccountDirectory directory, Assignments assignments) {
        this.findings = findings;
        this.library = library;
        this.directory = directory;
        this.assignments = assignments;
    }

    /** Stores the upload, all of it or (on any failure) nothing. */
    @Transactional
    Summary store(Account uploader, UploadRequest upload, SarifUpload files) {
        Map<Finding, Match> matches = match(files.findings());
        Optional<Account> developer = Optional.ofNullable(upload.author()).flatMap(directory::byEmail);
        long uploadId = findings.insertUpload(uploader.id(), upload, files.files(), files.results());
        Set<String> seen = new HashSet<>();
        List<Assigned> assigned = new ArrayList<>();
        int fresh = 0;
        int unassigned = 0;
        int gaps = 0;
        for (Finding finding : files.findings()) {
            FindingFingerprint fingerprint = FindingFingerprint.of(finding);
            if (!seen.add(fingerprint.value()) || findings.seenAgain(upload.repository(), fingerprint, upload.commit())) {
                continue;
            }
            fresh++;
            Match match = matches.get(finding);
            Severity severity = Severity.of(finding);
            long id = findings.insert(new FindingRepository.NewFinding(uploadId, upload.repository(), fingerprint, finding, match.cwe(),
                    severity, upload, developer.map(Account::id).orElse(null), match.labId()));
            if (match.labId() == null) {
                gaps++;
            } else if (developer.isEmpty()) {
                unassigned++;
            } else {
                assign(id, developer.get(), match, severity, upload, finding).ifPresent(assigned::add);
            }
        }
        findings.countNew(uploadId, fresh);
        return new Summary(uploadId, files.files(), files.results(), fresh, files.findings().size() - fresh, assigned, unassigned, gaps);
    }

    /**
     * Assigns a stored finding's lab to a developer; the assignment, when this made a new one.
     *
     * @throws IllegalArgumentException when the finding has an assignment already
     */
    Optional<Assigned> assign(long findingId, Account developer, String labId, Severity severity, Trigger trigger) {
        Assignments.Assigned result = assignments.assign(developer.id(), labId, severity, trigger);
        if (!findings.assign(findingId, developer.id(), result.assignment().id())) {
            // Thrown inside the caller's transaction, so the assignment just made is rolled back with it.
            throw new IllegalArgumentException("This finding is assigned already");
        }
        return result.created() ? Optional.of(new Assigned(result.assignment().id(), developer.username(), labId, result.assignment().dueAt()))
                : Optional.empty();
    }

    private Optional<Assigned> assign(long id, Account developer, Match match, Severity severity, UploadRequest upload, Finding finding) {
        Finding.Location location = finding.location();
        Trigger trigger = new Trigger(id, upload.repository(), upload.commit(), upload.ref(), finding.tool(), finding.ruleId(),
                finding.message(), match.cwe(), location == null ? null : location.uri(), location == null ? 0 : location.startLine());
        return assign(id, developer, match.labId(), severity, trigger);
    }

    /** Each finding's CWE and lab: the first CWE a lab trains, and of its labs the easiest. */
    private Map<Finding, Match> match(List<Finding> all) {
        Recommendations recommendations = Recommendations.of(all, library.catalog(), cwes);
        Map<Finding, Match> matches = new IdentityHashMap<>();
        for (Recommendations.Recommendation recommendation : recommendations.recommendations()) {
            String lab = recommendation.labs().stream().map(Recommendations.LabRef::id)
                    .min(Comparator.comparingInt((String labId) -> library.find(labId).orElseThrow().manifest().difficulty())
                            .thenComparing(labId -> labId))
                    .orElseThrow();
            recommendation.findings().forEach(finding -> matches.putIfAbsent(finding, new Match(recommendation.cwe(), lab)));
        }
        for (Recommendations.Gap gap : recommendations.gaps()) {
            Integer cwe = gap.cwe().isPresent() ? gap.cwe().getAsInt() : null;
            gap.findings().forEach(finding -> matches.putIfAbsent(finding, new Match(cwe, null)));
        }
        return matches;
    }
}
