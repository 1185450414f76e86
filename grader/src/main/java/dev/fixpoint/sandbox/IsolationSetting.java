package dev.fixpoint.sandbox;

import java.util.Locale;

/** How strictly submissions must be isolated: the operator's choice, {@code fixpoint.sandbox.isolation}. */
public enum IsolationSetting {
    /** The default: refuse to grade unless every worker is fully isolated (bubblewrap's namespaces and the kernel lockdown). */
    REQUIRED,
    /** The operator's explicit acceptance of less: full isolation when it works, otherwise plain limited processes, with a warning. */
    REDUCED,
    /** Always run workers as plain limited processes (for machines known to lack namespaces). */
    PROCESS;

    /** Reads the setting from the system property or the {@code FIXPOINT_SANDBOX_ISOLATION} variable. */
    public static IsolationSetting fromEnvironment() {
        String value = System.getProperty("fixpoint.sandbox.isolation", System.getenv("FIXPOINT_SANDBOX_ISOLATION"));
        if (value == null || value.isBlank()) {
            return REQUIRED;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fixpoint.sandbox.isolation must be required, reduced or process, got '" + value + "'");
        }
    }
}
