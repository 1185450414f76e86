package dev.fixpoint.server.workspace;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.CurrentAccount;
import dev.fixpoint.server.assignments.AssignmentView;
import dev.fixpoint.server.assignments.Assignments;
import dev.fixpoint.server.findings.Findings;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.server.labs.Markdown;
import dev.fixpoint.server.submissions.SubmissionView;
import dev.fixpoint.server.submissions.Submissions;
import dev.fixpoint.server.submissions.TooManySubmissionsException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A lab as a learner works on it: the briefing, their files, and the results of their submissions. */
@Controller
class LabPage {

    private static final String FILE_FIELD = "file:";
    /** Longest a result request is held for its verdict; the page then asks again. Gradings take well under a second. */
    static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofSeconds(10);

    private final LabLibrary library;
    private final Submissions submissions;
    private final HintRepository hints;
    private final Assignments assignments;
    private final Findings findings;

    LabPage(LabLibrary library, Submissions submissions, HintRepository hints, Assignments assignments, Findings findings) {
        this.library = library;
        this.submissions = submissions;
        this.hints = hints;
        this.assignments = assignments;
        this.findings = findings;
    }

    @GetMapping("/labs/{id}")
    String lab(@PathVariable String id, @RequestParam(required = false) String submission, Authentication authentication, Model model) {
        Lab lab = lab(id);
        Account account = CurrentAccount.of(authentication);
        submissions.prepare(lab);
        SubmissionView shown = submission == null ? submissions.history(account, lab).stream().findFirst().orElse(null)
                : owned(account, lab, submission);
        return page(model, lab, account, shown, submissions.files(account, lab), false);
    }

    /** One of the learner's attempts as it was graded: its code, read only, with its result. */
    @GetMapping("/labs/{id}/attempts/{submission}")
    String attempt(@PathVariable String id, @PathVariable String submission, Authentication authentication, Model model) {
        Lab lab = lab(id);
        Account account = CurrentAccount.of(authentication);
        SubmissionView shown = owned(account, lab, submission);
        model.addAttribute("attempt", shown);
        return page(model, lab, account, shown, submissions.submittedFiles(account, shown.id()).orElseThrow(), true);
    }

    private String page(Model model, Lab lab, Account account, SubmissionView shown, Map<String, String> files, boolean readOnly) {
        model.addAttribute("lab", lab.manifest());
        model.addAttribute("briefing", Markdown.toHtml(lab.briefing()));
        model.addAttribute("files", files);
        model.addAttribute("readOnly", readOnly);
        Map<String, String> fixedFiles = new TreeMap<>(lab.sources());
        lab.manifest().editable().forEach(fixedFiles::remove);
        model.addAttribute("fixedFiles", fixedFiles);
        addResult(model, lab, account, shown, files);
        List<String> allHints = lab.manifest().hints();
        model.addAttribute("hints", allHints.subList(0, Math.min(allHints.size(), hints.revealed(account.id(), lab.id()))));
        model.addAttribute("hintsLeft", Math.max(0, allHints.size() - hints.revealed(account.id(), lab.id())));
        addWhy(model, lab, account);
        return "lab";
    }

    /** "Why you are seeing this": the developer's latest assignment of the lab and the findings behind it. */
    private void addWhy(Model model, Lab lab, Account account) {
        AssignmentView assignment = assignments.of(account.id()).stream().filter(a -> a.labId().equals(lab.id())).findFirst().orElse(null);
        model.addAttribute("assignment", assignment);
        model.addAttribute("overdue", assignment != null && assignment.overdue(java.time.OffsetDateTime.now()));
        model.addAttribute("why", assignment == null ? List.of() : findings.behind(account, lab.id()).stream()
                .filter(finding -> finding.assignmentId() != null && finding.assignmentId() == assignment.id()).toList());
    }

    /**
     * Submits the files. From htmx (the lab page with JavaScript), answers with the result section, which then
     * polls until the verdict is in; without JavaScript, redirects to the lab page, which refreshes itself.
     */
    @PostMapping("/labs/{id}/submit")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication, Model model)
            throws InterruptedException {
        Lab lab = lab(id);
        Account account = CurrentAccount.of(authentication);
        String submission;
        try {
            submission = submissions.submit(account, lab, files(form));
        } catch (TooManySubmissionsException e) {
            model.addAttribute("busy", e.getMessage());
            if (htmx != null) {
                model.addAttribute("lab", lab.manifest());
                addResult(model, lab, account, submissions.history(account, lab).stream().findFirst().orElse(null),
                        submissions.files(account, lab));
                return "lab :: result";
            }
            return lab(id, null, authentication, model);
        }
        if (htmx == null) {
            return "redirect:/labs/" + lab.id() + "?submission=" + submission;
        }
        return result(id, submission, false, authentication, model);
    }

    /**
     * The result section of one of the learner's submissions, for htmx to swap in. With {@code wait}, answers when the
     * submission is graded (or after {@link #LONGEST_WAIT}, still pending), so that the verdict shows the moment it is in.
     */
    @GetMapping("/labs/{id}/result")
    String result(@PathVariable String id, @RequestParam String submission, @RequestParam(defaultValue = "false") boolean wait,
                  Authentication authentication, Model model) throws InterruptedException {
        Lab lab = lab(id);
        Account account = CurrentAccount.of(authentication);
        SubmissionView shown = owned(account, lab, submission);
        if (wait && shown.status().pending()) {
            shown = submissions.awaitGraded(account, submission, LONGEST_WAIT).orElse(shown);
        }
        model.addAttribute("lab", lab.manifest());
        addResult(model, lab, account, shown, submissions.files(account, lab));
        return "lab :: result";
    }

    /**
     * How long the page waits before asking for the result again: 0 (ask now, and the server answers when the verdict is
     * in) when the submission is next or running; longer the further back it waits, so that a full queue's pages leave
     * the CPU to grading and the request threads free.
     */
    static long pollMillis(SubmissionView shown) {
        int ahead = shown == null || shown.ahead() == null ? 0 : shown.ahead();
        return ahead == 0 ? 0 : Math.min(150L + 250L * ahead, 2_000L);
    }

    /**
     * The result section: the shown submission's report, and after SECURE the write-up and the learner's fix beside the
     * reference. Compiler errors of a file that has changed since it was submitted are listed but not marked in the
     * editor, where their lines would point at other code.
     */
    private void addResult(Model model, Lab lab, Account account, SubmissionView shown, Map<String, String> files) {
        model.addAttribute("shown", shown);
        model.addAttribute("history", submissions.history(account, lab));
        model.addAttribute("pending", shown != null && shown.status().pending());
        model.addAttribute("pollMillis", pollMillis(shown));
        Map<String, String> submitted = shown == null ? Map.of() : submissions.submittedFiles(account, shown.id()).orElseThrow();
        model.addAttribute("staleFiles", files.keySet().stream().filter(path -> !files.get(path).equals(submitted.get(path))).toList());
        boolean secure = shown != null && shown.report() != null && shown.report().secure();
        model.addAttribute("writeup", secure ? Markdown.toHtml(lab.writeup()) : null);
        if (secure) {
            Map<String, LineDiff> diffs = new TreeMap<>();
            lab.solutionFiles().forEach((path, solution) -> diffs.put(path, LineDiff.of(submitted.getOrDefault(path, ""), solution)));
            model.addAttribute("diffs", diffs);
            model.addAttribute("nextLab", DashboardPage.nextLab(library.labs(), submissions.progress(account)));
        }
    }

    @PostMapping("/labs/{id}/hints")
    String revealHint(@PathVariable String id, Authentication authentication) {
        Lab lab = lab(id);
        hints.revealNext(CurrentAccount.of(authentication).id(), lab.id(), lab.manifest().hints().size());
        return "redirect:/labs/" + lab.id() + "#hints";
    }

    /** Asks before throwing the learner's work away. */
    @GetMapping("/labs/{id}/reset")
    String confirmReset(@PathVariable String id, Model model) {
        model.addAttribute("lab", lab(id).manifest());
        return "reset";
    }

    @PostMapping("/labs/{id}/reset")
    String reset(@PathVariable String id, Authentication authentication) {
        Lab lab = lab(id);
        submissions.resetDraft(CurrentAccount.of(authentication), lab);
        return "redirect:/labs/" + lab.id();
    }

    private static Map<String, String> files(MultiValueMap<String, String> form) {
        Map<String, String> files = new TreeMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(FILE_FIELD) && !values.isEmpty()) {
                // Browsers send textarea line breaks as CRLF; the files are kept as the learner's editor shows them.
                files.put(name.substring(FILE_FIELD.length()), values.get(0).replace("\r\n", "\n"));
            }
        });
        return files;
    }

    /** The learner's submission to this lab; anyone else's, or one of another lab, is "not found". */
    private SubmissionView owned(Account account, Lab lab, String submission) {
        return submissions.find(account, submission).filter(view -> view.labId().equals(lab.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such submission"));
    }

    private Lab lab(String id) {
        return library.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such lab"));
    }
}
