package notify;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import notify.channels.Channel;
import notify.channels.EmailChannel;
import notify.channels.SmsChannel;
import notify.channels.WebhookChannel;
import notify.model.Money;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notification as clients send it and as the retry queue stores it. The channel and the typed template data carry
 * a type id in "@class"; the ids are names from the closed lists below (they spell the class names the first clients
 * sent, and still send), never classes looked up on the class path.
 */
public class Notification {

    private String subject;
    private String text;

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@class")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EmailChannel.class, name = "notify.channels.EmailChannel"),
            @JsonSubTypes.Type(value = SmsChannel.class, name = "notify.channels.SmsChannel"),
            @JsonSubTypes.Type(value = WebhookChannel.class, name = "notify.channels.WebhookChannel")})
    private Channel channel;

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@class")
    @JsonSubTypes(@JsonSubTypes.Type(value = Money.class, name = "notify.model.Money"))
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
