package dev.fixpoint.server.workspace;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.TrackPath;
import dev.fixpoint.server.accounts.CurrentAccount;
import dev.fixpoint.server.labs.LabLibrary;
import dev.fixpoint.server.submissions.LabProgress;
import dev.fixpoint.server.submissions.Submissions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A track as a path, from basic patterns to multi-step chains: its labs by level, each after its prerequisites, with the
 * learner's progress and the lab to take next.
 */
@Controller
class TrackPage {

    /** One level of the path. */
    record Level(int number, String name, List<Step> labs) {
    }

    /**
     * A lab on the path: {@code progress} is "solved", "in progress" or null; {@code after} the titles of its prerequisites;
     * {@code next} whether it is the lab to take next.
     */
    record Step(LabManifest lab, String progress, List<String> after, boolean next) {
    }

    private final LabLibrary library;
    private final Submissions submissions;

    TrackPage(LabLibrary library, Submissions submissions) {
        this.library = library;
        this.submissions = submissions;
    }

    @GetMapping("/tracks/{track}")
    String track(@PathVariable String track, Authentication authentication, Model model) {
        List<LabManifest> labs = library.labs().stream().map(Lab::manifest).toList();
        TrackPath path = TrackPath.of(track, labs);
        if (path.labs().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such track");
        }
        Map<String, LabProgress> progress = submissions.progress(CurrentAccount.of(authentication));
        Set<String> solved = progress.values().stream().filter(LabProgress::solved).map(LabProgress::labId).collect(Collectors.toSet());
        String next = path.next(solved).map(LabManifest::id).orElse(null);
        Map<String, String> titles = library.titles();
        List<Level> levels = path.levels().entrySet().stream().map(level -> new Level(level.getKey(), TrackPath.levelName(level.getKey()),
                level.getValue().stream().map(lab -> new Step(lab, progress(progress.get(lab.id())),
                        lab.prerequisites().stream().map(id -> titles.getOrDefault(id, id)).toList(), lab.id().equals(next))).toList())).toList();
        model.addAttribute("track", track);
        model.addAttribute("levels", levels);
        model.addAttribute("next", next == null ? null : titles.get(next));
        model.addAttribute("nextId", next);
        model.addAttribute("solvedCount", path.labs().stream().filter(lab -> solved.contains(lab.id())).count());
        model.addAttribute("labCount", path.labs().size());
        return "track";
    }

    private static String progress(LabProgress progress) {
        if (progress == null) {
            return null;
        }
        return progress.solved() ? "solved" : "in progress";
    }
}
