package dev.fixpoint.server.findings;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Findings uploads from CI, {@code fixpoint.findings.*}.
 *
 * @param maxRequestSize the largest upload request
 * @param maxResults     results one upload may hold, across its files
 * @param maxDepth       JSON nesting depth of a SARIF file
 */
@ConfigurationProperties("fixpoint.findings")
@Validated
public record FindingsProperties(@DefaultValue("20MB") @NotNull @PositiveSize DataSize maxRequestSize,
                                 @DefaultValue("20000") @Min(1) int maxResults,
                                 @DefaultValue("64") @Min(1) int maxDepth) {
}
