package notify.channels;

import notify.Beans;
import notify.Outbox;

import java.util.List;
import java.util.stream.Collectors;

/**
 * For the ops team after a webhook outage: re-sends everything a sender's mailbox holds to a webhook, along with the
 * notification. Built by the ops console from {"url": ..., "mailbox": ...}.
 */
public class ReplayWebhookChannel extends WebhookChannel {

    private String mailbox;
    private List<Outbox.Delivery> replayed = List.of();

    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
        this.replayed = Beans.get(Outbox.class).mailbox(mailbox);
    }

    @Override
    public Outbox.Delivery deliver(String sender, String subject, String text) {
        String backlog = replayed.stream().map(Outbox.Delivery::text).collect(Collectors.joining("\n"));
        return super.deliver(sender, subject, backlog.isEmpty() ? text : backlog + "\n" + text);
    }
}
