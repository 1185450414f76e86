package notes;

import java.util.Map;

/** The notes, by id. */
public class NoteStore {

    private final Map<Integer, String> notes;

    public NoteStore(String privateNote) {
        this.notes = Map.of(1, privateNote, 2, "Shopping: milk, coffee", 3, "Call the plumber");
    }

    /** The text of the note with this id, or null when there is none the caller may read. */
    public String read(String id) {
        try {
            return notes.get(Integer.parseInt(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
