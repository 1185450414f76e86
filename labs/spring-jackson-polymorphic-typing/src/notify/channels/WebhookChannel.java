package notify.channels;

import notify.Beans;
import notify.Outbox;

/** Posts the notification to the client's endpoint (queued for the delivery worker, which this copy leaves out). */
public class WebhookChannel implements Channel {

    private String url;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public Outbox.Delivery deliver(String sender, String subject, String text) {
        if (url == null || !url.startsWith("https://")) {
            throw new IllegalArgumentException("a webhook channel needs an https URL");
        }
        return Beans.get(Outbox.class).record(sender, "webhook", url, subject, text);
    }
}
