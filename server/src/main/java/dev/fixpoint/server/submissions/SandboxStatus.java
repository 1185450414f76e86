package dev.fixpoint.server.submissions;

import dev.fixpoint.grading.Grader;
import dev.fixpoint.sandbox.Sandbox;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How the grader isolates submissions, for administrators: on every page (a banner when isolation is not full) and in
 * {@code /actuator/health} (its details are shown to administrators only). A server that refuses to grade for want of
 * isolation is DOWN: it cannot do its job until the operator fixes the sandbox or accepts reduced isolation.
 */
@Component("sandbox")
@ControllerAdvice
class SandboxStatus implements HealthIndicator {

    /**
     * What the pages show: {@code full}, {@code reduced} (accepted by the operator) or {@code refused} (not grading).
     * Public for the templates, which read it by reflection.
     */
    public record View(String level, String description) {

        public boolean full() {
            return level.equals("full");
        }
    }

    private final Sandbox sandbox;

    SandboxStatus(Grader grader) {
        this.sandbox = grader.sandbox();
    }

    @ModelAttribute("sandboxStatus")
    View view() {
        Sandbox.Isolation isolation = sandbox.isolation();
        String level = isolation.full() ? "full" : sandbox.usable() ? "reduced" : "refused";
        return new View(level, isolation.description());
    }

    @Override
    public Health health() {
        View view = view();
        Health.Builder health = sandbox.usable() ? Health.up() : Health.down();
        return health.withDetail("isolation", view.level()).withDetail("description", view.description()).build();
    }
}
