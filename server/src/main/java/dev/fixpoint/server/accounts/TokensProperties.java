package dev.fixpoint.server.accounts;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Personal API tokens, {@code fixpoint.tokens.*}; their lifetimes are counted in whole days.
 *
 * @param defaultLifetime how long a token works when its creator does not say
 * @param maxLifetime     the longest a creator may choose
 */
@ConfigurationProperties("fixpoint.tokens")
@Validated
public record TokensProperties(@DefaultValue("90d") @NotNull @DurationMin(days = 1) Duration defaultLifetime,
                               @DefaultValue("365d") @NotNull @DurationMin(days = 1) Duration maxLifetime) {
}
