package dev.fixpoint.sandbox;

import java.util.Locale;

/** How strictly submissions must be isolated: the operator's choice, {@code fixpoint.sandbox.isolation}. */
public enum IsolationSetting {
    /** Refuse to grade unless bubblewrap gives every worker its own namespaces. */
    REQUIRED,
    /** Use bubblewrap when it works; otherwise warn once and run workers as plain limited processes. */
    PREFERRED,
    /** Always run workers as plain limited processes (for machines known to lack namespaces). */
    PROCESS;

    /** Reads the setting from the system property or the {@code FIXPOINT_SANDBOX_ISOLATION} variable. */
    public static IsolationSetting fromEnvironment() {
        String value = System.getProperty("fixpoint.sandbox.isolation", System.getenv("FIXPOINT_SANDBOX_ISOLATION"));
        if (value == null || value.isBlank()) {
            return PREFERRED;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fixpoint.sandbox.isolation must be required, preferred or process, got '" + value + "'");
        }
    }
}
