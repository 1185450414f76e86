package dev.fixpoint.server.findings;

import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.AccountDirectory;
import dev.fixpoint.server.accounts.CommitEmailSet;
import dev.fixpoint.server.accounts.Role;
import org.springframework.context.event.EventListener;
import dev.fixpoint.server.assignments.BacklogLink;
import dev.fixpoint.server.assignments.Trigger;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Stored findings: what leads triage and what a developer is shown as the reason for an assignment. */
@Service
public class Findings {

    private final FindingRepository findings;
    private final FindingIntake intake;
    private final AccountDirectory directory;

    Findings(FindingRepository findings, FindingIntake intake, AccountDirectory directory) {
        this.findings = findings;
        this.intake = intake;
        this.directory = directory;
    }

    /** The findings behind the developer's assignments of the lab: "why you are seeing this". */
    public List<FindingView> behind(Account developer, String labId) {
        return findings.behind(developer.id(), labId);
    }

    List<FindingView> inbox(InboxFilter filter) {
        return findings.inbox(filter);
    }

    List<String> repositories() {
        return findings.repositories();
    }

    FindingView find(long id) {
        return findings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such finding"));
    }

    /**
     * Links the finding to a backlog item, or unlinks it when blank.
     *
     * @throws IllegalArgumentException when the text is neither a Jira key nor an issue URL
     */
    @Transactional
    FindingView link(long id, String backlog) {
        BacklogLink link = BacklogLink.parseOrNull(backlog);
        if (!findings.setBacklog(id, link == null ? null : link.value())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such finding");
        }
        return find(id);
    }

    /**
     * Assigns an unassigned finding's lab to a developer a lead chose (its author had no account, say).
     *
     * @throws IllegalArgumentException when the finding has no lab or is assigned already, or there is no such developer
     */
    @Transactional
    FindingView assign(long id, String developerName) {
        Account developer = directory.people().stream().filter(account -> account.username().equals(developerName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no user named '" + developerName + "'"));
        return assign(find(id), developer);
    }

    /** Assigns the findings that waited for an author to the account that now has the author's email. */
    @EventListener
    void emailSet(CommitEmailSet event) {
        if (event.account().role() != Role.CI) {
            findings.waitingFor(event.email()).forEach(finding -> assign(finding, event.account()));
        }
    }

    private FindingView assign(FindingView finding, Account developer) {
        long id = finding.id();
        if (finding.status() != FindingStatus.UNASSIGNED) {
            throw new IllegalArgumentException(finding.status() == FindingStatus.NO_LAB
                    ? "No lab teaches this finding's CWE, so there is nothing to assign" : "This finding is assigned already");
        }
        Trigger trigger = new Trigger(id, finding.repository(), finding.commit(), finding.ref(), finding.tool(), finding.ruleId(),
                finding.message(), finding.cwe(), finding.file(), finding.line());
        intake.assign(id, developer, finding.labId(), finding.severity(), trigger);
        return find(id);
    }
}
