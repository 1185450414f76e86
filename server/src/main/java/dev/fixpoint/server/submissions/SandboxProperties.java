package dev.fixpoint.server.submissions;

import dev.fixpoint.sandbox.IsolationSetting;
import dev.fixpoint.sandbox.SandboxSettings;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's choices for the sandbox, {@code fixpoint.sandbox.*} ({@code FIXPOINT_SANDBOX_*}); the other limits
 * are the grader's own.
 *
 * @param isolation how strictly workers must be isolated: {@code required}, {@code reduced} or {@code process}
 * @param poolSize  gradings kept ready per opened lab, each two pre-started workers (one for the visible checks, a fresh
 *                  one for the hidden ones); a worker is a JVM of about 100 MB, so a server that many labs are open on
 *                  keeps one grading each by default
 * @param aotCache  the folder for the workers' AOT caches, {@code off} to start workers without, or unset for the user's
 *                  cache folder ({@code ~/.cache/fixpoint/aot})
 */
@ConfigurationProperties("fixpoint.sandbox")
@Validated
public record SandboxProperties(@DefaultValue("required") @NotNull IsolationSetting isolation,
                                @DefaultValue("1") @Min(1) int poolSize,
                                String aotCache) {

    /** The grader's settings with these choices. */
    SandboxSettings settings() {
        return SandboxSettings.defaults(isolation, aotCache).withPoolSize(poolSize);
    }
}
