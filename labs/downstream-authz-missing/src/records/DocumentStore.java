package records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The documents, in memory. It stores and finds; it knows nothing of who asks. */
public final class DocumentStore {

    private final Map<Long, Document> documents = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);

    public Document create(String owner, String title, String body) {
        Document document = new Document(ids.incrementAndGet(), owner, title, body, Set.of());
        documents.put(document.id(), document);
        return document;
    }

    public Optional<Document> find(long id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The documents with these ids that exist, in the order asked, each once. */
    public List<Document> findAll(Collection<Long> ids) {
        return ids.stream().distinct().map(documents::get).filter(document -> document != null).toList();
    }

    /**
     * The documents whose title or body contains {@code text} (any letter case), by id.
     *
     * @param owner only this user's documents; null for everybody's
     * @param text  what to look for; empty for every document
     */
    public List<Document> search(String owner, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<Document> found = new ArrayList<>();
        for (Document document : documents.values()) {
            if ((owner == null || document.owner().equals(owner))
                    && (document.title().toLowerCase(Locale.ROOT).contains(needle) || document.body().toLowerCase(Locale.ROOT).contains(needle))) {
                found.add(document);
            }
        }
        found.sort((a, b) -> Long.compare(a.id(), b.id()));
        return found;
    }

    /** Shares the document with {@code user}; the document as it is now. */
    public Optional<Document> share(long id, String user) {
        return Optional.ofNullable(documents.computeIfPresent(id, (key, document) -> document.sharedWith(user)));
    }
}
