package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;
import dev.fixpoint.lab.check.User;

import java.util.ArrayList;
import java.util.List;

/**
 * A sender sends notifications the way the service's clients do, with the channel's class name and typed template
 * data, and finds each rendered in the answer and in their outbox. Param {@code variant}: {@code every-channel}
 * (e-mail, SMS and webhook, with an amount of money in the data) or {@code reordered} (the class name after the
 * other properties, and numbers and yes/no values in the data).
 */
public class SendNotifications implements Check {

    private record Sent(String name, String json, String to, String text) {
    }

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Notify notify = new Notify(context);
        User sender = notify.signUp("sender");
        String order = context.randomName("A");
        List<Sent> notifications = new ArrayList<>();
        switch (context.param("variant")) {
            case "every-channel" -> {
                Json total = Json.object("@class", "notify.model.Money", "amount", 12.5, "currency", "EUR");
                Json data = Json.object("order", order, "total", total);
                notifications.add(new Sent("an e-mail", Json.object("subject", "Your order", "text", "Order {order} ships today, {total} paid.",
                        "channel", Json.object("@class", "notify.channels.EmailChannel", "address", "alex@example.com"), "data", data).toString(),
                        "alex@example.com", "Order " + order + " ships today, 12.50 EUR paid."));
                notifications.add(new Sent("an SMS", Json.object("text", "{order}: {total} received",
                        "channel", Json.object("@class", "notify.channels.SmsChannel", "number", "+44 7700 900123"), "data", data).toString(),
                        "+44 7700 900123", order + ": 12.50 EUR received"));
                String hook = "https://hooks.example.com/" + context.randomName("orders");
                notifications.add(new Sent("a webhook", Json.object("subject", "order.shipped", "text", "{order} shipped",
                        "channel", Json.object("@class", "notify.channels.WebhookChannel", "url", hook), "data", data).toString(),
                        hook, order + " shipped"));
            }
            case "reordered" -> notifications.add(new Sent("an e-mail with its class name last",
                    "{\"channel\": {\"address\": \"sam@example.com\", \"@class\": \"notify.channels.EmailChannel\"},"
                            + " \"data\": {\"order\": \"" + order + "\", \"items\": 3, \"weight\": 1.25, \"gift\": true},"
                            + " \"text\": \"{order}: {items} items, {weight} kg, gift {gift}\", \"subject\": \"Packed\"}",
                    "sam@example.com", order + ": 3 items, 1.25 kg, gift true"));
            default -> throw new IllegalArgumentException("variant must be every-channel or reordered");
        }
        for (Sent sent : notifications) {
            Reply reply = notify.send(sender, sent.json());
            if (reply.status() != 201) {
                return CheckResult.fail("Sending " + sent.name() + " notification answered " + reply.status()
                        + " instead of 201: " + reply.body());
            }
            Json delivery = reply.json().get("delivery");
            if (!sent.text().equals(delivery.get("text").text("")) || !sent.to().equals(delivery.get("to").text(""))) {
                return CheckResult.fail("Sending " + sent.name() + " notification delivered " + delivery
                        + " instead of \"" + sent.text() + "\" to " + sent.to() + ".");
            }
        }
        Reply outbox = notify.outbox(sender);
        List<String> texts = outbox.json().items().stream().map(item -> item.get("text").text("")).toList();
        for (Sent sent : notifications) {
            if (!texts.contains(sent.text())) {
                return CheckResult.fail("The sender's outbox (" + outbox.status() + ") does not list " + sent.name()
                        + " notification they sent: " + outbox.body());
            }
        }
        return CheckResult.pass(notifications.size() + " notification(s) sent, rendered and listed in the outbox.");
    }
}
