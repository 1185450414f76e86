package dev.fixpoint.lab.check;

import dev.fixpoint.lab.CheckContext;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Sends requests to one service of the lab, optionally as one {@link Session}. Immutable: {@link #as} gives another
 * client. A path template's {@code {}} are replaced, in order, by the arguments percent-encoded as one path segment each;
 * a path without arguments is sent exactly as written, so that checks can send the odd paths attackers send.
 */
public final class Client {

    private final CheckContext context;
    private final String service;
    private final Session session;

    private Client(CheckContext context, String service, Session session) {
        this.context = Objects.requireNonNull(context, "context");
        this.service = Objects.requireNonNull(service, "service");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** A client for {@code service} (a service declared in {@code lab.yaml}) that sends no credentials. */
    public static Client of(CheckContext context, String service) {
        return new Client(context, service, Session.NONE);
    }

    /** This client, sending {@code session}'s credentials with every request. */
    public Client as(Session session) {
        return new Client(context, service, session);
    }

    public String service() {
        return service;
    }

    public CheckContext context() {
        return context;
    }

    public Call get(String path, Object... args) {
        return call("GET", path, args);
    }

    public Call post(String path, Object... args) {
        return call("POST", path, args);
    }

    public Call put(String path, Object... args) {
        return call("PUT", path, args);
    }

    public Call patch(String path, Object... args) {
        return call("PATCH", path, args);
    }

    public Call delete(String path, Object... args) {
        return call("DELETE", path, args);
    }

    /** A request with any method; see the class comment for how {@code path} and {@code args} combine. */
    public Call call(String method, String path, Object... args) {
        return new Call(this, method, expand(path, args), session);
    }

    static String expand(String template, Object... args) {
        if (args.length == 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        int from = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            if (next == args.length) {
                throw new IllegalArgumentException("path " + template + " has more {} than the " + args.length + " arguments given");
            }
            out.append(template, from, at).append(encode(String.valueOf(args[next++]), false));
            from = at + 2;
        }
        if (next != args.length) {
            throw new IllegalArgumentException("path " + template + " has fewer {} than the " + args.length + " arguments given");
        }
        return out.append(template.substring(from)).toString();
    }

    /**
     * Percent-encodes {@code text} as UTF-8, keeping only RFC 3986's unreserved characters; a space is {@code +} in a
     * form and {@code %20} elsewhere.
     */
    static String encode(String text, boolean form) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else if (c == ' ' && form) {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
