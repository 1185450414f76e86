package dev.fixpoint.server.submissions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The grading queue, {@code fixpoint.grading.*}.
 *
 * @param concurrency   submissions graded at once
 * @param sweepInterval how often unfinished submissions that no grading thread owns are queued again (after a database
 *                      outage, say)
 * @param prepareAtStart whether the server compiles every installed lab's fixed code and checks in the background when it
 *                      starts, so that each lab's first grading compiles only the learner's files
 */
@ConfigurationProperties("fixpoint.grading")
@Validated
public record GradingProperties(@DefaultValue("2") @Min(1) @Max(64) int concurrency,
                                @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration sweepInterval,
                                @DefaultValue("true") boolean prepareAtStart) {
}
