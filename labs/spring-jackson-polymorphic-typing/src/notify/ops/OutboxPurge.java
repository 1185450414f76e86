package notify.ops;

import notify.Beans;
import notify.Outbox;

/** The retention job, also run by hand from the ops console: {"mailbox": ...} deletes everything that sender sent. */
public class OutboxPurge {

    private String mailbox;
    private int purged;

    public String getMailbox() {
        return mailbox;
    }

    public void setMailbox(String mailbox) {
        this.mailbox = mailbox;
        this.purged = Beans.get(Outbox.class).purge(mailbox);
    }

    public int getPurged() {
        return purged;
    }
}
