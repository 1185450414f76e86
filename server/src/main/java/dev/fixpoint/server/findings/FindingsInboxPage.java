package dev.fixpoint.server.findings;

import dev.fixpoint.server.accounts.AccountDirectory;
import dev.fixpoint.server.assignments.Assignments;
import dev.fixpoint.server.assignments.BacklogLink;
import dev.fixpoint.server.labs.LabLibrary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The leads' findings inbox: what scanners found, by repository, CWE, developer and status. Leads and admins only. */
@Controller
class FindingsInboxPage {

    private final Findings findings;
    private final Assignments assignments;
    private final AccountDirectory directory;
    private final LabLibrary library;

    FindingsInboxPage(Findings findings, Assignments assignments, AccountDirectory directory, LabLibrary library) {
        this.findings = findings;
        this.assignments = assignments;
        this.directory = directory;
        this.library = library;
    }

    @GetMapping("/findings")
    String inbox(@RequestParam(required = false) String repository, @RequestParam(required = false) Integer cwe,
                 @RequestParam(required = false) String developer, @RequestParam(required = false) FindingStatus status, Model model) {
        InboxFilter filter = InboxFilter.of(repository, cwe, developer, status);
        model.addAttribute("filter", filter);
        model.addAttribute("findings", findings.inbox(filter));
        model.addAttribute("page", FindingRepository.PAGE);
        model.addAttribute("repositories", findings.repositories());
        model.addAttribute("developers", directory.people());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("titles", library.titles());
        return "findings";
    }

    @GetMapping("/findings/{id}")
    String finding(@PathVariable long id, Model model) {
        model.addAttribute("finding", findings.find(id));
        model.addAttribute("developers", directory.people());
        model.addAttribute("titles", library.titles());
        return "finding";
    }

    @PostMapping("/findings/{id}/backlog")
    String linkFinding(@PathVariable long id, @RequestParam(required = false) String backlog, Model model) {
        try {
            findings.link(id, backlog);
            model.addAttribute("notice", "Saved the finding's backlog link.");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return finding(id, model);
    }

    @PostMapping("/findings/{id}/assignment-backlog")
    String linkAssignment(@PathVariable long id, @RequestParam(required = false) String backlog, Model model) {
        Long assignment = findings.find(id).assignmentId();
        if (assignment == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "the finding has no assignment");
        }
        try {
            assignments.link(assignment, BacklogLink.parseOrNull(backlog));
            model.addAttribute("notice", "Saved the assignment's backlog link.");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return finding(id, model);
    }

    @PostMapping("/findings/{id}/assignee")
    String assign(@PathVariable long id, @RequestParam String developer, Model model) {
        try {
            findings.assign(id, developer);
            model.addAttribute("notice", "Assigned to " + developer + ".");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return finding(id, model);
    }
}
