package notify;

import notify.channels.Channel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RestController
public class NotificationApi {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    public record Sent(Notification notification, Outbox.Delivery delivery) {
    }

    private final Outbox outbox;

    public NotificationApi(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Renders the text with the notification's data and hands it to its channel; the answer echoes both. */
    @PostMapping("/api/notifications")
    @ResponseStatus(HttpStatus.CREATED)
    public Sent send(@RequestBody Notification notification, Principal sender) {
        Channel channel = notification.getChannel();
        if (channel == null || notification.getText() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a notification needs a channel and a text");
        }
        String text = render(notification.getText(), notification.getData());
        return new Sent(notification, channel.deliver(sender.getName(), notification.getSubject(), text));
    }

    @GetMapping("/api/outbox")
    public List<Outbox.Delivery> outbox(Principal sender) {
        return outbox.mailbox(sender.getName());
    }

    static String render(String template, Map<String, Object> data) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            Object value = data == null ? null : data.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        return placeholder.appendTail(text).toString();
    }
}
