package notify.channels;

import notify.Outbox;

/** Where a notification goes. Each channel records what it sent in the sender's outbox. */
public interface Channel {

    Outbox.Delivery deliver(String sender, String subject, String text);
}
