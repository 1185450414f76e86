package dev.fixpoint.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Where a sign-in came from, and whether its browser signed in under the same name before (see {@link KnownDevices}). */
final class SignInDetails extends WebAuthenticationDetails {

    private final boolean knownDevice;

    SignInDetails(HttpServletRequest request, boolean knownDevice) {
        super(request);
        this.knownDevice = knownDevice;
    }

    boolean knownDevice() {
        return knownDevice;
    }
}
