package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member's browser on the bank's site, {@code http://bank.fernhill.example}: it keeps the cookies the site sets
 * and sends them back, submits the site's own forms with every hidden field they carry, and makes the dashboard
 * script's calls with the CSRF token where the page keeps it (the {@code _csrf} and {@code _csrf_header} meta tags,
 * or else the {@code XSRF-TOKEN} cookie, sent as {@code X-XSRF-TOKEN}).
 */
final class Browser {

    static final String SITE = "bank.fernhill.example";
    static final String ORIGIN = "http://" + SITE;
    static final String ALEX = "alex";
    static final String ALEX_PASSWORD = "alex-saves-pennies";
    static final String MALLORY = "mallory";
    static final String MALLORY_PASSWORD = "mallory-pays-later";

    private static final Pattern TAG = Pattern.compile("<(input|meta)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Client client;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(CheckContext context) {
        this.client = Client.of(context, "bank");
    }

    Client client() {
        return client;
    }

    /** Sends a call with the site's host name and this browser's cookies, and keeps the cookies the reply sets. */
    Reply send(Call call) {
        Call sent = call.header("Host", SITE);
        if (!cookies.isEmpty()) {
            sent = sent.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        Reply reply = sent.send();
        reply.header("Set-Cookie").ifPresent(this::remember);
        return reply;
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private void remember(String setCookies) {
        // Repeated Set-Cookie headers arrive joined with ", "; Expires holds a comma too, so split where a new name=value starts.
        for (String one : setCookies.split(",\\s*(?=[^;,\\s=]+=)")) {
            String[] parts = one.split(";");
            int equals = parts[0].indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = parts[0].substring(0, equals).trim();
            String value = parts[0].substring(equals + 1).trim();
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                expired |= parts[i].trim().toLowerCase().replace(" ", "").equals("max-age=0");
            }
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /** A page of the site, as a GET; the step names it for the message when it does not answer 200. */
    String page(String path) throws SetupFailedException {
        return send(client.get(path)).expect("opening " + path + " in " + describe(), 200).body();
    }

    /** Signs in through the login page, as a member would. */
    Browser login(String username, String password) throws SetupFailedException {
        Reply reply = submit("/login", "/login", "username", username, "password", password);
        String location = reply.header("Location").orElse("");
        if (reply.status() != 302 || location.contains("error") || location.contains("/login")) {
            throw new SetupFailedException("signing " + username + " in through the login page: POST /login answered "
                    + reply.status() + (location.isEmpty() ? "" : " to " + location));
        }
        this.who = username;
        return this;
    }

    private String who = "a browser that is not signed in";

    private String describe() {
        return who.startsWith("a ") ? who : who + "'s browser";
    }

    /**
     * Opens {@code page}, finds its form that posts to {@code action}, and submits it with the fields given and every
     * hidden field the form carries, as the member's browser would (Origin and Referer of the site's own page).
     */
    Reply submit(String page, String action, Object... fields) throws SetupFailedException {
        Map<String, String> hidden = hiddenFields(page(page), action)
                .orElseThrow(() -> new SetupFailedException("opening " + page + ": it has no form that posts to " + action));
        Object[] body = new Object[hidden.size() * 2 + fields.length];
        int at = 0;
        for (Map.Entry<String, String> field : hidden.entrySet()) {
            body[at++] = field.getKey();
            body[at++] = field.getValue();
        }
        System.arraycopy(fields, 0, body, at, fields.length);
        return send(client.post(action).form(body).header("Origin", ORIGIN).header("Referer", ORIGIN + page));
    }

    /** The dashboard script's POST of a JSON body, with the CSRF header where the page keeps the token. */
    Reply script(String page, String path, Json body) throws SetupFailedException {
        String html = page(page);
        Call call = client.post(path).body("text/plain;charset=UTF-8", body.toString())
                .header("Origin", ORIGIN).header("Referer", ORIGIN + page);
        Optional<String[]> token = metaToken(html).or(() -> cookie("XSRF-TOKEN").map(value -> new String[]{"X-XSRF-TOKEN", decode(value)}));
        if (token.isPresent()) {
            call = call.header(token.get()[0], token.get()[1]);
        }
        return send(call);
    }

    /** The member's account as the dashboard's script reads it. */
    Json account() throws SetupFailedException {
        return send(client.get("/api/account")).expect("reading " + describe().replace("'s browser", "'s") + " account", 200).json();
    }

    /** The hidden fields of the form in {@code html} that posts to {@code action}; empty when there is no such form. */
    static Optional<Map<String, String>> hiddenFields(String html, String action) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String target = attributes(form.group(1)).getOrDefault("action", "");
            int query = target.indexOf('?');
            if (!(query >= 0 ? target.substring(0, query) : target).equals(action)) {
                continue;
            }
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher tag = TAG.matcher(form.group(2));
            while (tag.find()) {
                Map<String, String> input = attributes(tag.group());
                if (tag.group(1).equalsIgnoreCase("input") && "hidden".equalsIgnoreCase(input.get("type")) && input.containsKey("name")) {
                    hidden.put(input.get("name"), input.getOrDefault("value", ""));
                }
            }
            return Optional.of(hidden);
        }
        return Optional.empty();
    }

    /** The token and header name of the page's {@code _csrf} and {@code _csrf_header} meta tags. */
    static Optional<String[]> metaToken(String html) {
        String token = null;
        String header = null;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Map<String, String> meta = attributes(tag.group());
            if (tag.group(1).equalsIgnoreCase("meta") && "_csrf".equals(meta.get("name"))) {
                token = meta.get("content");
            } else if (tag.group(1).equalsIgnoreCase("meta") && "_csrf_header".equals(meta.get("name"))) {
                header = meta.get("content");
            }
        }
        return token != null && header != null && !token.isEmpty() && !header.isEmpty()
                ? Optional.of(new String[]{header, token}) : Optional.empty();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(), unescape(value));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String decode(String cookie) {
        return java.net.URLDecoder.decode(cookie, java.nio.charset.StandardCharsets.UTF_8);
    }
}
