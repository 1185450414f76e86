package helpdesk;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The tenant of the agent signed in on this thread, from Spring Security's context. */
public final class CurrentTenant {

    private CurrentTenant() {
    }

    public static Optional<String> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantUser user) {
            return Optional.of(user.getTenantId());
        }
        return Optional.empty();
    }

    public static String require() {
        return get().orElseThrow(() -> new IllegalStateException("no agent is signed in on this thread"));
    }
}
