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
     * A value as it may stand inside one line. Every control character (CR, LF, tab, NEL, ...) and the Unicode line and
     * paragraph separators become {@code \\uXXXX}, and a backslash is doubled so that no value can fake such an escape.
     * Every other character, accents and all, stays as it is.
     */
    static String encode(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder encoded = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\\') {
                encoded.append("\\\\");
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                encoded.append(String.format("\\u%04x", c));
            } else {
                encoded.appendCodePoint(c);
            }
        });
        return encoded.toString();
    }
}
