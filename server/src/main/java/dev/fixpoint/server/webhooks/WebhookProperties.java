package dev.fixpoint.server.webhooks;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Outgoing webhooks, {@code fixpoint.webhooks.*} (docs/findings.md).
 *
 * @param pollInterval              how often due deliveries are looked for; new ones and retries are also sent when due
 * @param initialBackoff            the wait after a delivery's first failed attempt; each later wait is twice the one
 *                                  before, up to {@code maxBackoff}
 * @param maxBackoff                the longest wait between two attempts of a delivery
 * @param maxAttempts               attempts per delivery, the first included, before it is marked FAILED (an
 *                                  administrator can retry it)
 * @param connectTimeout            how long connecting to a receiver may take
 * @param timeout                   how long a receiver may take to answer once the request is sent; a later answer
 *                                  counts as a failed attempt
 * @param allowInternalDestinations whether webhooks may post to loopback, link-local, private and other special
 *                                  addresses (a receiver on this machine or the internal network); off, those are
 *                                  refused at registration and at every attempt. Also {@code FIXPOINT_WEBHOOKS_ALLOW_INTERNAL}.
 */
@ConfigurationProperties("fixpoint.webhooks")
@Validated
public record WebhookProperties(@DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration pollInterval,
                                @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration initialBackoff,
                                @DefaultValue("1h") @NotNull @DurationMin(millis = 1) Duration maxBackoff,
                                @DefaultValue("8") @Min(1) int maxAttempts,
                                @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
                                @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration timeout,
                                boolean allowInternalDestinations) {
}
