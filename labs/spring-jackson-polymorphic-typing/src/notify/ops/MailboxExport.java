package notify.ops;

import notify.Beans;
import notify.Outbox;

import java.util.List;

/**
 * The support team's export of one sender's mailbox (a data-access request): the ops console sends {"mailbox": ...}
 * and shows the JSON of the export it gets back.
 */
public class MailboxExport {

    private String mailbox;
    private List<Outbox.Delivery> messages = List.of();

    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
        this.messages = Beans.get(Outbox.class).mailbox(mailbox);
    }

    public List<Outbox.Delivery> getMessages() {
        return messages;
    }
}
