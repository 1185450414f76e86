package dev.fixpoint.lab.check;

import dev.fixpoint.lab.CheckContext;

/**
 * A value planted by one user (a note, a name, a secret) and looked for where it must not show up. Random in every run,
 * so that a fix cannot block it by name, and made of letters, digits and hyphens only, so that it reads the same raw, in
 * JSON, in HTML and percent-encoded.
 *
 * @param value the planted text
 */
public record Canary(String value) {

    /** A fresh canary such as {@code alice-note-k3v9q2xa}. */
    public static Canary of(CheckContext context, String prefix) {
        return new Canary(context.randomName(prefix));
    }

    /** Whether the reply's body or headers hold the canary. */
    public boolean foundIn(Reply reply) {
        return reply.contains(value);
    }

    /** Whether {@code text} holds the canary. */
    public boolean foundIn(String text) {
        return text.contains(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
