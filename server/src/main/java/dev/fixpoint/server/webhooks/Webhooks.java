package dev.fixpoint.server.webhooks;

import dev.fixpoint.server.accounts.Account;
import dev.fixpoint.server.assignments.AssignmentEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What administrators do with webhooks: register, pause, delete, ping them, and read and retry their deliveries. */
@Service
class Webhooks {

    /** The events a webhook can subscribe to, as receivers see them. */
    static final List<String> EVENTS = Arrays.stream(AssignmentEvent.Type.values()).map(AssignmentEvent.Type::wireName).toList();
    static final int MAX_URL = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new webhook and its secret, which is shown this once. */
    record Registered(Webhook webhook, String secret) {

        /** Leaves the secret out, should it ever be logged. */
        @Override
        public String toString() {
            return "webhook " + webhook.id() + " for " + webhook.events();
        }
    }

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;
    private final Destinations destinations;

    Webhooks(WebhookRepository webhooks, DeliveryRepository deliveries, JsonMapper json, ApplicationEventPublisher publisher,
             Destinations destinations) {
        this.destinations = destinations;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.publisher = publisher;
    }

    /**
     * Registers an active webhook for the events, with a new secret.
     *
     * @throws IllegalArgumentException naming what is wrong with the URL or the events
     */
    Registered register(Account admin, String url, List<String> events) {
        String checked = checkUrl(url);
        destinations.checkRegistered(URI.create(checked));
        List<String> chosen = EVENTS.stream().filter(events::contains).toList();
        if (chosen.isEmpty() || chosen.size() != events.stream().distinct().count()) {
            throw new IllegalArgumentException("Choose one or more of the events " + String.join(", ", EVENTS) + ".");
        }
        String secret = newSecret();
        long id = webhooks.insert(checked, secret, chosen, admin.id());
        return new Registered(webhooks.find(id).orElseThrow(), secret);
    }

    List<Webhook> list() {
        return webhooks.all();
    }

    /** A paused webhook gets no new deliveries, and those already queued wait until it is active again; false when there is no such webhook. */
    boolean setActive(long id, boolean active) {
        boolean changed = webhooks.setActive(id, active);
        if (changed && active) {
            publisher.publishEvent(new DeliverySender.Queued());
        }
        return changed;
    }

    /** Deletes the webhook and its delivery log; false when there is no such webhook. */
    boolean delete(long id) {
        return webhooks.delete(id);
    }

    /**
     * Queues a ping to the webhook, whatever events it is subscribed to.
     *
     * @return the delivery's id, or empty when there is no such webhook
     * @throws IllegalArgumentException when the webhook is paused
     */
    Optional<String> ping(long id) {
        Optional<Webhook> webhook = webhooks.find(id);
        if (webhook.isPresent() && !webhook.get().active()) {
            throw new IllegalArgumentException("Webhook #" + id + " is paused; activate it to ping it.");
        }
        return webhook.map(found -> {
            String deliveryId = UUID.randomUUID().toString();
            OffsetDateTime now = OffsetDateTime.now();
            deliveries.insert(deliveryId, id, PingPayload.EVENT, json.writeValueAsString(PingPayload.of(deliveryId, now.toInstant(), found)), now);
            publisher.publishEvent(new DeliverySender.Queued());
            return deliveryId;
        });
    }

    /** Gives a failed delivery one more attempt, now; false when there is no such failed delivery. */
    boolean retry(String deliveryId) {
        boolean retried = deliveries.retryNow(deliveryId);
        if (retried) {
            publisher.publishEvent(new DeliverySender.Queued());
        }
        return retried;
    }

    /** The latest deliveries of all webhooks, newest first. */
    List<Delivery> log(int limit) {
        return deliveries.latest(limit);
    }

    /** Refuses what the sender should never post to; returns the URL without surrounding spaces. */
    static String checkUrl(String url) {
        String stripped = url == null ? "" : url.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("Enter the URL to post deliveries to, such as https://ci.example.com/hooks/fixpoint.");
        }
        if (stripped.length() > MAX_URL) {
            throw new IllegalArgumentException("The URL is " + stripped.length() + " characters long; at most " + MAX_URL + " are allowed.");
        }
        URI uri;
        try {
            uri = new URI(stripped);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The URL is not valid: " + e.getReason() + " at character " + (e.getIndex() + 1) + ".");
        }
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("The URL must be absolute, starting with http:// or https://.");
        }
        if (!uri.getScheme().equalsIgnoreCase("http") && !uri.getScheme().equalsIgnoreCase("https")) {
            throw new IllegalArgumentException("The URL must start with http:// or https://, not " + uri.getScheme() + ":.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The URL must not contain a user name or password; receivers verify the signature instead.");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("The URL must name a host, as in https://ci.example.com/hooks/fixpoint.");
        }
        return stripped;
    }

    /** 256 random bits, like the other secrets of Fixpoint, whose generator the accounts module keeps to itself. */
    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
