package dev.fixpoint.server.workspace;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.accounts.CurrentAccount;
import dev.fixpoint.server.accounts.Role;
import dev.fixpoint.server.assignments.Assignments;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.server.submissions.LabProgress;
import dev.fixpoint.server.submissions.Submissions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The learner's start page: progress per track, the next lab to take, recent attempts. */
@Controller
class DashboardPage {

    /** Solved labs of a track. */
    record TrackProgress(String name, long solved, long total) {
    }

    private final LabLibrary library;
    private final Submissions submissions;
    private final Assignments assignments;

    DashboardPage(LabLibrary library, Submissions submissions, Assignments assignments) {
        this.library = library;
        this.submissions = submissions;
        this.assignments = assignments;
    }

    /** Each person's start page, where signing in leads: an administrator's is the admin home, a learner's their training. */
    @GetMapping("/")
    String home(Authentication authentication, @RequestParam(required = false) String joined, Model model) {
        if (CurrentAccount.of(authentication).role() == Role.ADMIN) {
            return joined == null ? "redirect:/admin" : "redirect:/admin?joined";
        }
        return dashboard(authentication, model);
    }

    /** The learner's training, which administrators reach from their home. */
    @GetMapping("/training")
    String dashboard(Authentication authentication, Model model) {
        Account account = CurrentAccount.of(authentication);
        Map<String, LabProgress> progress = submissions.progress(account);
        List<Lab> labs = library.labs();
        Map<String, long[]> tracks = new TreeMap<>();
        for (Lab lab : labs) {
            boolean solved = progress.containsKey(lab.id()) && progress.get(lab.id()).solved();
            for (String track : lab.manifest().tracks()) {
                long[] counts = tracks.computeIfAbsent(track, key -> new long[2]);
                counts[0] += solved ? 1 : 0;
                counts[1]++;
            }
        }
        model.addAttribute("tracks", tracks.entrySet().stream().map(entry -> new TrackProgress(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList());
        model.addAttribute("next", nextLab(labs, progress));
        model.addAttribute("recent", submissions.recent(account, 5));
        // Attempts name their lab by title; a lab no longer installed keeps its id.
        model.addAttribute("titles", library.titles());
        model.addAttribute("assignments", assignments.of(account.id()));
        model.addAttribute("now", java.time.OffsetDateTime.now());
        return "dashboard";
    }

    /** The easiest unsolved lab whose prerequisites are solved. */
    static dev.fixpoint.catalog.LabManifest nextLab(List<Lab> labs, Map<String, LabProgress> progress) {
        return labs.stream().map(Lab::manifest)
                .filter(lab -> !(progress.containsKey(lab.id()) && progress.get(lab.id()).solved()))
                .filter(lab -> lab.prerequisites().stream().allMatch(id -> progress.containsKey(id) && progress.get(id).solved()))
                .min(java.util.Comparator.comparingInt(dev.fixpoint.catalog.LabManifest::difficulty).thenComparing(dev.fixpoint.catalog.LabManifest::id))
                .orElse(null);
    }
}
