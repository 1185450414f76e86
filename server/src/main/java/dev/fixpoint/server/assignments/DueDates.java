package dev.fixpoint.server.assignments;

import org.springframework.beans.factory.annotation.Value;
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

    DueDates(@Value("${fixpoint.assignments.due.critical}") Duration critical, @Value("${fixpoint.assignments.due.high}") Duration high,
             @Value("${fixpoint.assignments.due.medium}") Duration medium, @Value("${fixpoint.assignments.due.low}") Duration low) {
        this.critical = critical;
        this.high = high;
        this.medium = medium;
        this.low = low;
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
