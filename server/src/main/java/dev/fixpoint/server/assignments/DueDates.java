package dev.fixpoint.server.assignments;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;

/** How long a developer has to take the lab a finding triggered, by the finding's severity (configurable). */
@Component
class DueDates {

    private final Duration critical;
    private final Duration high;
    private final Duration medium;
    private final Duration low;

    DueDates(DueDateProperties settings) {
        this.critical = settings.critical();
        this.high = settings.high();
        this.medium = settings.medium();
        this.low = settings.low();
    }

    OffsetDateTime due(Severity severity, OffsetDateTime from) {
        return from.plus(switch (severity) {
            case CRITICAL -> critical;
            case HIGH -> high;
            case MEDIUM -> medium;
            case LOW -> low;
        });
    }
}
