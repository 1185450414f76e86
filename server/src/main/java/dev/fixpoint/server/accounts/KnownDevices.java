package dev.fixpoint.server.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Browsers a user name has signed in from: a cookie, signed by the server, that says "this browser signed in as
 * NAME". Checks of that name's password from such a browser are not delayed by someone else's guessing, so the
 * owner is slowed down only on a browser they never signed in from (OWASP's "device cookies"). The key lives in
 * memory: after a restart every browser is new again, which only costs the owner the delay, if there is one.
 */
@Component
class KnownDevices {

    static final String COOKIE = "fixpoint_device";
    static final Duration LIFETIME = Duration.ofDays(180);

    private final byte[] key = new byte[32];

    KnownDevices() {
        new SecureRandom().nextBytes(key);
    }

    /** Marks the browser of this response as one the name signed in from. */
    void remember(String username, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, sign(username));
        cookie.setPath(request.getContextPath() + "/login");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /** Whether the request comes from a browser the name signed in from. */
    boolean vouchesFor(HttpServletRequest request, String username) {
        if (request.getCookies() == null || username == null) {
            return false;
        }
        byte[] expected = sign(username).getBytes(StandardCharsets.US_ASCII);
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private String sign(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
