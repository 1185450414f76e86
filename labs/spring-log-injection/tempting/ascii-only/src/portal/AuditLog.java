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

    /** A value as it may stand inside one line: printable ASCII only, anything else becomes a question mark. */
    static String encode(String value) {
        return value == null ? "-" : value.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
