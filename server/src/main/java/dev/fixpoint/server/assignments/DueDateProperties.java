package dev.fixpoint.server.assignments;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The time a developer has to take the lab a scanner finding triggered, by the finding's severity:
 * {@code fixpoint.assignments.due.*}. Zero makes the lab due at once.
 */
@ConfigurationProperties("fixpoint.assignments.due")
@Validated
public record DueDateProperties(@DefaultValue("7d") @NotNull @DurationMin(seconds = 0) Duration critical,
                                @DefaultValue("14d") @NotNull @DurationMin(seconds = 0) Duration high,
                                @DefaultValue("30d") @NotNull @DurationMin(seconds = 0) Duration medium,
                                @DefaultValue("60d") @NotNull @DurationMin(seconds = 0) Duration low) {
}
