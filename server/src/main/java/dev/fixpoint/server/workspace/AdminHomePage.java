package dev.fixpoint.server.workspace;

import dev.fixpoint.server.accounts.AccountDirectory;
import dev.fixpoint.server.submissions.QueueStatus;
import dev.fixpoint.server.submissions.Submissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * An administrator's start page: how many people have accounts and invitations, whether the sandbox isolates
 * submissions fully (the {@code sandboxStatus} every page has), and the grading queue. Admins only (SecurityConfig).
 */
@Controller
class AdminHomePage {

    private final AccountDirectory directory;
    private final Submissions submissions;

    AdminHomePage(AccountDirectory directory, Submissions submissions) {
        this.directory = directory;
        this.submissions = submissions;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("people", directory.people().size());
        model.addAttribute("pendingInvitations", directory.pendingInvitations());
        QueueStatus queue = submissions.queueStatus();
        model.addAttribute("queue", queue);
        // Whole seconds: how long the submission waiting longest has waited so far.
        model.addAttribute("oldestWaitSeconds", queue.oldestQueuedAt() == null ? null
                : Math.max(0, Duration.between(queue.oldestQueuedAt(), OffsetDateTime.now()).toSeconds()));
        return "admin-home";
    }
}
