package dev.fixpoint.server.accounts;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Accounts, {@code fixpoint.accounts.*}.
 *
 * @param recentPassword how long after signing in (or entering their password) a user may create an API token without
 *                       entering it again
 */
@ConfigurationProperties("fixpoint.accounts")
@Validated
public record AccountsProperties(@DefaultValue("5m") @NotNull @DurationMin(seconds = 1) Duration recentPassword) {
}
