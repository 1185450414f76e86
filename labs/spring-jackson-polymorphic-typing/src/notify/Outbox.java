package notify;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What each sender has sent: one mailbox per username, kept in memory. */
@Component
public class Outbox {

    /** One message as it left the service: the channel's kind, where it went, and the text after rendering. */
    public record Delivery(long id, String channel, String to, String subject, String text) {
    }

    private final Map<String, List<Delivery>> mailboxes = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public Delivery record(String sender, String channel, String to, String subject, String text) {
        Delivery delivery = new Delivery(ids.incrementAndGet(), channel, to, subject, text);
        mailboxes.computeIfAbsent(sender, name -> new ArrayList<>());
        synchronized (this) {
            mailboxes.get(sender).add(delivery);
        }
        return delivery;
    }

    public synchronized List<Delivery> mailbox(String sender) {
        return List.copyOf(mailboxes.getOrDefault(sender, List.of()));
    }

    public synchronized int purge(String sender) {
        List<Delivery> removed = mailboxes.remove(sender);
        return removed == null ? 0 : removed.size();
    }
}
