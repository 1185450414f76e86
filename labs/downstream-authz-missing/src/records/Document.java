package records;

import dev.fixpoint.lab.Json;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document of the records service: its owner, and the colleagues the owner shared it with.
 *
 * @param sharedWith the user names the owner shared the document with
 */
public record Document(long id, String owner, String title, String body, Set<String> sharedWith) {

    /** How many characters of the body a preview shows. */
    public static final int PREVIEW_LENGTH = 120;

    public Document {
        sharedWith = Set.copyOf(sharedWith);
    }

    /** Whether {@code user} may read the document: its owner, or someone it was shared with. */
    public boolean readableBy(String user) {
        return owner.equals(user) || sharedWith.contains(user);
    }

    /** The same document, shared with one more user. */
    public Document sharedWith(String user) {
        Set<String> users = new TreeSet<>(sharedWith);
        users.add(user);
        return new Document(id, owner, title, body, users);
    }

    public Json json() {
        return Json.object("id", id, "owner", owner, "title", title, "body", body, "sharedWith", Json.of(List.copyOf(new TreeSet<>(sharedWith))));
    }

    /** The title and the first lines of the body, for the document list's hover card. */
    public Json preview() {
        String start = body.length() <= PREVIEW_LENGTH ? body : body.substring(0, PREVIEW_LENGTH) + "…";
        return Json.object("id", id, "owner", owner, "title", title, "preview", start);
    }
}
