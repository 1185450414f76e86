package dev.fixpoint.lab.check;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A check written in {@code lab.yaml} alone: send one request, then judge the answer. For the common shapes (this
 * payload must not bring back that secret; this request must still work), so that a hidden variant is a few lines of
 * data and no Java:
 *
 * <pre>
 * - name: download-with-encoded-dots
 *   class: dev.fixpoint.lab.check.SendAndExpect
 *   kind: exploit
 *   visibility: hidden
 *   params:
 *     service: portal
 *     request: GET /download?file=..%2F..%2F{random}%2F..%2Fsecret.txt
 *     must-not-contain: secret:document-key
 * </pre>
 *
 * Parameters: {@code service}; {@code request} ("METHOD target", payload-expanded: see
 * {@link CheckContext#payload}); optional {@code body} (payload-expanded) with {@code content-type} (default
 * {@code application/json}); {@code header.NAME} for each extra header (its value text, or {@code secret:NAME});
 * {@code basic} for HTTP Basic credentials, {@code USER:PASSWORD} with the password as text or {@code secret:NAME}
 * ({@code basic: hana:secret:hr-password}); and at least one expectation:
 * {@code must-not-contain}, {@code must-contain} (text, or {@code secret:NAME} for a per-run secret), {@code status}
 * (codes such as {@code 200,201} or a class such as {@code 4xx}). The check passes when every expectation holds.
 */
public final class SendAndExpect implements Check {

    @Override
    public CheckResult run(CheckContext context) {
        String[] request = context.payload("request").split(" ", 2);
        if (request.length != 2) {
            throw new IllegalArgumentException("check parameter 'request' must be \"METHOD target\", such as \"GET /search?q=x\"");
        }
        Call call = Client.of(context, context.param("service")).call(request[0], request[1]);
        if (context.params().containsKey("body")) {
            call = call.body(context.params().getOrDefault("content-type", "application/json"), context.payload("body"));
        }
        for (Map.Entry<String, String> param : context.params().entrySet()) {
            if (param.getKey().startsWith("header.")) {
                call = call.header(param.getKey().substring("header.".length()), value(context, param.getKey()));
            }
        }
        if (context.params().containsKey("basic")) {
            call = call.header("Authorization", basic(context));
        }
        List<String> expectations = List.of("must-not-contain", "must-contain", "status");
        if (expectations.stream().noneMatch(context.params()::containsKey)) {
            throw new IllegalArgumentException("SendAndExpect needs at least one of " + expectations + " in its params");
        }
        Reply reply = call.send();
        String sent = request[0] + " " + call.request().target();
        List<String> failures = new ArrayList<>();
        if (context.params().containsKey("must-not-contain") && reply.contains(value(context, "must-not-contain"))) {
            failures.add("the answer holds what it must not (" + described("must-not-contain", context) + ")");
        }
        if (context.params().containsKey("must-contain") && !reply.contains(value(context, "must-contain"))) {
            failures.add("the answer lacks " + described("must-contain", context));
        }
        if (context.params().containsKey("status") && !statusMatches(context.param("status"), reply.status())) {
            failures.add("the status is " + reply.status() + ", not " + context.param("status"));
        }
        return failures.isEmpty()
                ? CheckResult.pass(sent + " answered " + reply.status() + " as expected.")
                : CheckResult.fail(sent + ": " + String.join("; ", failures) + ".");
    }

    /** The Authorization header of {@code basic}: USER:PASSWORD, the password as text or secret:NAME. */
    private static String basic(CheckContext context) {
        String[] credentials = context.param("basic").split(":", 2);
        if (credentials.length != 2 || credentials[0].isEmpty()) {
            throw new IllegalArgumentException("check parameter 'basic' must be \"USER:PASSWORD\" (the password may be secret:NAME)");
        }
        String password = credentials[1].startsWith("secret:") ? context.secret(credentials[1].substring("secret:".length())) : credentials[1];
        return "Basic " + java.util.Base64.getEncoder().encodeToString((credentials[0] + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String value(CheckContext context, String param) {
        String value = context.param(param);
        return value.startsWith("secret:") ? context.secret(value.substring("secret:".length())) : value;
    }

    private static String described(String param, CheckContext context) {
        String value = context.param(param);
        return value.startsWith("secret:") ? "the secret " + value.substring("secret:".length()) : "'" + value + "'";
    }

    static boolean statusMatches(String expected, int status) {
        for (String one : expected.split(",")) {
            String code = one.trim();
            if (code.length() == 3 && code.endsWith("xx") ? code.charAt(0) - '0' == status / 100 : code.equals(Integer.toString(status))) {
                return true;
            }
        }
        return false;
    }
}
