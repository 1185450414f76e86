package notify;

import notify.channels.Channel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notification as clients send it and as the retry queue stores it. The channel and the template data keep their
 * Java types on the wire, so that a notification replayed from the queue is the one that was sent:
 *
 * <pre>
 * {"subject": "Your order", "text": "Order {order} ships today, {total} paid.",
 *  "channel": {"@class": "notify.channels.EmailChannel", "address": "alex@example.com"},
 *  "data": {"order": "A-1001", "total": {"@class": "notify.model.Money", "amount": 12.5, "currency": "EUR"}}}
 * </pre>
 */
public class Notification {

    private String subject;
    private String text;

    private Channel channel;

    private Map<String, Object> data = new LinkedHashMap<>();

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Map<String, Object> getData() {
        return data;
    }

    public void setData(Map<String, Object> data) {
        this.data = data;
    }
}
