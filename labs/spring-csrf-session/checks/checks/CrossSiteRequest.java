package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.check.Call;

import java.util.Map;
import java.util.Optional;

/**
 * The attacker's page: Alex is signed in to the bank, visits another site, and that site makes Alex's browser send a
 * state-changing request to the bank. The browser adds Alex's session cookie; the attacker can add no header but
 * Content-Type, and knows no token of Alex's. The attack got through when Alex's account, read back as Alex, changed.
 * <p>
 * Params: {@code action} (email-form, payee-form or transfer-api), {@code body} (urlencoded, multipart or text-json),
 * {@code from} (evil-origin: the attacker's Origin and Referer; no-origin: neither header; lookalike-origin: a host that
 * starts with the bank's name), {@code token} (absent: none; mallorys: a token Mallory's own signed-in session got from
 * the same page; invented: a made-up one), sent as the {@code _csrf} form field or query parameter.
 */
public class CrossSiteRequest implements Check {

    @Override
    public CheckResult run(CheckContext context) throws SetupFailedException {
        String action = context.param("action");
        String body = context.param("body");
        String from = context.param("from");
        String token = context.params().getOrDefault("token", "none");

        Browser alex = new Browser(context).login(Browser.ALEX, Browser.ALEX_PASSWORD);
        Json before = alex.account();
        String attackerOrigin = switch (from) {
            case "evil-origin" -> "https://" + context.randomName("prizes") + ".attacker.test";
            case "lookalike-origin" -> "https://" + Browser.SITE + "." + context.randomName("login") + ".test";
            case "no-origin" -> null;
            default -> throw new IllegalArgumentException("from: evil-origin, lookalike-origin or no-origin");
        };
        Optional<String> csrf = switch (token) {
            case "none" -> Optional.empty();
            case "invented" -> Optional.of(forged(context));
            case "mallorys" -> othersToken(context, action);
            default -> throw new IllegalArgumentException("token: none, invented or mallorys");
        };

        String mark = context.randomName("fcu");
        Map<String, Object> fields = switch (action) {
            case "email-form" -> Map.of("email", mark + "@attacker.test");
            case "payee-form" -> Map.of("name", "Refund desk " + mark, "iban", "GB15 MIDL 4005 1512 3456 78");
            case "transfer-api" -> Map.of("payeeId", before.get("payees").get(0).get("id").integer()
                            .orElseThrow(() -> new SetupFailedException("reading Alex's account: no payee with an id")),
                    "amount", "250.00", "reference", mark);
            default -> throw new IllegalArgumentException("action: email-form, payee-form or transfer-api");
        };
        String path = switch (action) {
            case "email-form" -> "/profile/email";
            case "payee-form" -> "/payees";
            default -> "/api/transfers";
        };

        Call call = alex.client().post(path + (csrf.isPresent() && body.equals("text-json") ? "?_csrf=" + csrf.get() : ""));
        call = switch (body) {
            case "urlencoded" -> call.form(formFields(fields, csrf));
            case "multipart" -> multipart(call, fields, csrf);
            case "text-json" -> call.body("text/plain", Json.object(jsonFields(fields)).toString());
            default -> throw new IllegalArgumentException("body: urlencoded, multipart or text-json");
        };
        if (attackerOrigin != null) {
            call = call.header("Origin", attackerOrigin).header("Referer", attackerOrigin + "/win-a-prize.html");
        }
        int status = alex.send(call).status();

        Json after = alex.account();
        boolean changed = switch (action) {
            // Other checks change Alex's address at the same time: the record of changes shows this one even when a
            // later change has replaced it.
            case "email-form" -> after.get("emailChanges").items().stream().anyMatch(email -> email.text("").startsWith(mark));
            case "payee-form" -> after.get("payees").items().stream().anyMatch(p -> p.get("name").text("").contains(mark));
            default -> after.get("transfers").items().stream().anyMatch(t -> t.get("reference").text("").equals(mark));
        };
        String what = switch (action) {
            case "email-form" -> "changed Alex's e-mail address";
            case "payee-form" -> "added a payee to Alex's account";
            default -> "moved money out of Alex's account";
        };
        return CheckResult.passIf(!changed, "The forged POST " + path + " changed nothing (" + status + ").",
                "A request from another site " + what + " with nothing but Alex's session cookie: POST " + path
                        + " answered " + status + ".");
    }

    /**
     * A token of the right shape, made up: a random UUID masked the way Spring Security masks its tokens (random bytes,
     * then the token XOR those bytes, Base64url), so that only a comparison with the victim's own token refuses it.
     */
    private static String forged(CheckContext context) {
        byte[] raw = new java.util.UUID(context.random().nextLong(), context.random().nextLong()).toString()
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] masked = new byte[raw.length * 2];
        for (int i = 0; i < raw.length; i++) {
            masked[i] = (byte) context.random().nextInt(256);
            masked[raw.length + i] = (byte) (raw[i] ^ masked[i]);
        }
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(masked);
    }

    /** The token Mallory's own session finds where Alex's page would carry it: the form's hidden field, a meta tag or the cookie. */
    private static Optional<String> othersToken(CheckContext context, String action) throws SetupFailedException {
        Browser mallory = new Browser(context).login(Browser.MALLORY, Browser.MALLORY_PASSWORD);
        String page = action.equals("payee-form") ? "/payees" : "/";
        String html = mallory.page(page);
        Optional<String> hidden = switch (action) {
            case "email-form" -> Browser.hiddenFields(html, "/profile/email").flatMap(CrossSiteRequest::token);
            case "payee-form" -> Browser.hiddenFields(html, "/payees").flatMap(CrossSiteRequest::token);
            default -> Optional.empty();
        };
        return hidden.or(() -> Browser.metaToken(html).map(meta -> meta[1])).or(() -> mallory.cookie("XSRF-TOKEN"));
    }

    private static Optional<String> token(Map<String, String> hidden) {
        return Optional.ofNullable(hidden.get("_csrf")).or(() -> hidden.values().stream().findFirst());
    }

    private static Object[] formFields(Map<String, Object> fields, Optional<String> csrf) {
        java.util.List<Object> pairs = new java.util.ArrayList<>();
        csrf.ifPresent(token -> {
            pairs.add("_csrf");
            pairs.add(token);
        });
        new java.util.TreeMap<>(fields).forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return pairs.toArray();
    }

    private static Object[] jsonFields(Map<String, Object> fields) {
        return formFields(fields, Optional.empty());
    }

    private static Call multipart(Call call, Map<String, Object> fields, Optional<String> csrf) {
        String boundary = "----WebKitFormBoundary" + Integer.toHexString(fields.hashCode());
        StringBuilder body = new StringBuilder();
        Object[] pairs = formFields(fields, csrf);
        for (int i = 0; i < pairs.length; i += 2) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(pairs[i]).append("\"\r\n\r\n")
                    .append(pairs[i + 1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return call.body("multipart/form-data; boundary=" + boundary, body.toString());
    }
}
