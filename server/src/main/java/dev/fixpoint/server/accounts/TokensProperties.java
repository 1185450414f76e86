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

    /**
     * @throws IllegalArgumentException when the default is longer than the longest, naming both: a rule across two
     *                                  settings, which Bean Validation would report on no property of either name
     */
    public TokensProperties {
        if (defaultLifetime != null && maxLifetime != null && defaultLifetime.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("fixpoint.tokens.default-lifetime (" + defaultLifetime.toDays()
                    + "d) must not be longer than fixpoint.tokens.max-lifetime (" + maxLifetime.toDays() + "d)");
        }
    }
}
