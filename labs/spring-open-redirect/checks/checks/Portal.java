package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.Session;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer portal as the checks use it: Alice signs in with the form (and its CSRF token), and a redirect's
 * Location is read the way a browser on https://portal.example would follow it.
 */
final class Portal {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");
    /** The portal's own host names: its public name and the address the checks reach it at. */
    private static final Set<String> OWN_HOSTS = Set.of("portal.example", "127.0.0.1", "localhost");

    private final Client client;

    Portal(CheckContext context) {
        this.client = Client.of(context, "portal");
    }

    /**
     * Sends a redirect request of one route with {@code target} (as it appears in the query string, percent-encoded or
     * not): {@code go} (the e-mail link), {@code save-settings} (saving the settings form) or {@code login} (signing in);
     * {@code null} sends none.
     */
    Reply redirect(String route, String target) throws SetupFailedException {
        return switch (route) {
            case "go" -> client.get(target == null ? "/go" : "/go?to=" + target).send();
            case "login" -> signIn(target == null ? "/login" : "/login?continue=" + target, Session.NONE);
            case "save-settings" -> {
                Session alice = signedIn(signIn("/login", Session.NONE));
                Reply form = client.as(alice).get("/settings").expect("opening Alice's settings", 200);
                yield client.as(alice).post(target == null ? "/settings" : "/settings?returnTo=" + target)
                        .form("displayName", "Alice Martin", "newsletter", "true", "_csrf", csrf(form, "opening Alice's settings"))
                        .send();
            }
            default -> throw new IllegalArgumentException("route must be go, login or save-settings, not " + route);
        };
    }

    /** Signs Alice in through the form at {@code action}, in the session {@code session} (NONE for a fresh one). */
    Reply signIn(String action, Session session) throws SetupFailedException {
        Reply page = client.as(session).get("/login").expect("opening the sign-in page", 200);
        Session browser = Session.cookies(page).orElse(session);
        Reply reply = client.as(browser).post(action)
                .form("username", "alice", "password", "alice-staging", "_csrf", csrf(page, "opening the sign-in page"))
                .send();
        if (reply.status() / 100 != 3 || reply.header("Location").orElse("").contains("/login?error")) {
            throw new SetupFailedException("signing Alice in: POST " + action + " answered " + reply.status() + " "
                    + reply.header("Location").orElse("without a Location"));
        }
        return reply;
    }

    /** The session cookie a successful sign-in set. */
    static Session signedIn(Reply signIn) throws SetupFailedException {
        return Session.cookies(signIn).orElseThrow(() -> new SetupFailedException("signing Alice in set no session cookie"));
    }

    Client client() {
        return client;
    }

    private static String csrf(Reply page, String step) throws SetupFailedException {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new SetupFailedException(step + ": the form has no _csrf field");
        }
        return token.group(1) != null ? token.group(1) : token.group(2);
    }

    /**
     * Where a browser on https://portal.example/ goes with this Location: the host it leaves for (empty when it stays
     * on the portal), as the URL standard parses it: tabs and newlines dropped, a backslash read as a slash, two
     * slashes starting an authority, a web scheme other than the page's own starting one even without slashes.
     */
    static Destination follow(String location) {
        String url = location.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        Matcher scheme = SCHEME.matcher(url);
        String rest = url;
        if (scheme.matches()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            rest = scheme.group(2).replace('\\', '/');
            if (!WEB_SCHEMES.contains(name)) {
                return new Destination(name + ":", url);
            }
            if (name.equals("https") && !rest.startsWith("//")) {
                return new Destination("", rest.startsWith("/") ? rest : "/" + rest);
            }
            rest = "//" + rest.replaceFirst("^/+", "");
        } else {
            rest = rest.replace('\\', '/');
        }
        if (!rest.startsWith("//")) {
            return new Destination("", rest.startsWith("/") ? rest : "/" + rest);
        }
        String authorityAndPath = rest.replaceFirst("^/+", "");
        int end = authorityAndPath.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = authorityAndPath.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = authorityAndPath.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "")
                .toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        String path = end == authorityAndPath.length() ? "/" : authorityAndPath.substring(end);
        return new Destination(OWN_HOSTS.contains(host) ? "" : host, path.startsWith("/") ? path : "/" + path);
    }

    /**
     * A followed redirect.
     *
     * @param elsewhere the foreign host (or non-web scheme) the browser leaves for, empty when it stays on the portal
     * @param path      the path, query and fragment on the portal (or the whole URL when it leaves)
     */
    record Destination(String elsewhere, String path) {
        boolean staysOnPortal() {
            return elsewhere.isEmpty();
        }
    }

    static Optional<String> location(Reply reply) {
        return reply.status() / 100 == 3 ? reply.header("Location") : Optional.empty();
    }
}
