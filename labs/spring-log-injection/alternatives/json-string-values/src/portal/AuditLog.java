package portal;

import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Writes audit events to the trail, one line each: the time, the event's name and its fields as name=value, such as
 * {@code 2026-03-02T09:14:03.512Z SIGN_IN_SUCCESS user=alice ip=10.20.0.4 agent=Mozilla/5.0}.
 */
@Component
public class AuditLog {

    private final AuditTrail trail;

    AuditLog(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records {@code event} with its fields, given as name, value, name, value... */
    public void record(String event, String... namesAndValues) {
        StringBuilder line = new StringBuilder(Instant.now().toString()).append(' ').append(event);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            line.append(' ').append(namesAndValues[i]).append('=').append(encode(namesAndValues[i + 1]));
        }
        trail.append(line.toString());
    }

    /**
     * A value as a JSON string, so that the log platform can parse it: quotes and backslashes escaped, and every control
     * character and Unicode line or paragraph separator written as {@code \\uXXXX} (more than JSON itself requires,
     * since a reader may split lines on them). Letters of every script stay as they are.
     */
    static String encode(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
