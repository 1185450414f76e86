package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.accounts.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Administrators register webhooks, pause, ping or delete them, and read and retry their deliveries. Admins only (see SecurityConfig). */
@Controller
class AdminWebhooksPage {

    static final int LOG_SIZE = 50;

    private final Webhooks webhooks;

    AdminWebhooksPage(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhooks")
    String page(Model model) {
        model.addAttribute("webhooks", webhooks.list());
        model.addAttribute("deliveries", webhooks.log(LOG_SIZE));
        model.addAttribute("events", Webhooks.EVENTS);
        return "admin-webhooks";
    }

    @PostMapping("/admin/webhooks")
    String register(@RequestParam String url, @RequestParam(required = false) List<String> events, Authentication authentication,
                    Model model) {
        try {
            Webhooks.Registered registered = webhooks.register(CurrentAccount.of(authentication), url, events == null ? List.of() : events);
            model.addAttribute("newSecret", registered.secret());
            model.addAttribute("notice", "Registered webhook #" + registered.webhook().id() + ".");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("url", url);
        }
        return page(model);
    }

    @PostMapping("/admin/webhooks/{id}/activate")
    String activate(@PathVariable long id) {
        return found(webhooks.setActive(id, true));
    }

    @PostMapping("/admin/webhooks/{id}/pause")
    String pause(@PathVariable long id) {
        return found(webhooks.setActive(id, false));
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable long id) {
        return found(webhooks.delete(id));
    }

    @PostMapping("/admin/webhooks/{id}/ping")
    String ping(@PathVariable long id, Model model) {
        try {
            String delivery = webhooks.ping(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such webhook"));
            model.addAttribute("notice", "Queued a ping to webhook #" + id + " (delivery " + delivery + "); reload to see how it went.");
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return page(model);
    }

    @PostMapping("/admin/webhooks/deliveries/{id}/retry")
    String retry(@PathVariable String id, Model model) {
        if (!webhooks.retry(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such failed delivery");
        }
        model.addAttribute("notice", "Delivery " + id + " is being sent again.");
        return page(model);
    }

    private static String found(boolean found) {
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such webhook");
        }
        return "redirect:/admin/webhooks";
    }
}
