package dev.fixpoint.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contents of a lab's {@code lab.yaml}, schema version 1, validated.
 *
 * @param id            the lab's id, equal to its folder's name
 * @param runtime       the runtime that compiles and hosts the lab's services, such as {@code java}
 * @param libraries     the runtime's libraries the lab's code and checks use
 * @param cwe           CWE ids (numbers) of the weakness the lab teaches
 * @param owasp2021     OWASP Top 10 2021 categories, such as {@code A03}
 * @param owasp2025     OWASP Top 10 2025 categories
 * @param api2023       OWASP API Security Top 10 2023 categories, such as {@code API1}
 * @param editable      the files the learner edits, relative to the lab folder
 * @param allow         what the lab's bytecode policy allows beyond the default
 */
public record LabManifest(
        String id,
        String title,
        String summary,
        String runtime,
        List<String> libraries,
        List<String> tracks,
        int difficulty,
        List<Integer> cwe,
        List<String> owasp2021,
        List<String> owasp2025,
        List<String> api2023,
        int minutes,
        List<String> prerequisites,
        List<ServiceSpec> services,
        List<String> secrets,
        List<String> editable,
        List<String> hints,
        Set<Capability> allow,
        Limits limits,
        List<CheckSpec> checks) {

    /** The schema version this class reads; {@code schema:} in every lab.yaml. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A service of the lab.
     *
     * @param className the class implementing {@code dev.fixpoint.lab.LabService}
     * @param exposure  whether an outside attacker can reach it
     */
    public record ServiceSpec(String name, String className, Exposure exposure) {
    }

    /**
     * A check of the lab.
     *
     * @param className   the class implementing {@code dev.fixpoint.lab.Check}
     * @param explanation for an exploit check: why the attack works, shown when it still gets through
     * @param clue        for a hidden check: what kind of request it sends, in words that do not give it away,
     *                    shown to the learner when it fails; null for a visible check
     * @param params      values handed to the check, so that one class can try several variants
     * @param onStarter   for a functional check, whether the starter code passes it: it fails when the flaw also breaks
     *                    what the check asks for (a search for a name with a quote, in a lab whose query a quote breaks)
     */
    public record CheckSpec(String name, String className, CheckKind kind, Visibility visibility, Origin from,
                            String explanation, String clue, Map<String, String> params, OnStarter onStarter) {

        /** The checks of the SDK a lab may name without writing them: data-only checks configured by params. */
        public static final java.util.Set<String> BUILT_IN = java.util.Set.of("dev.fixpoint.lab.check.SendAndExpect");

        /** Whether this check is one of the SDK's, with no source in the lab. */
        public boolean builtIn() {
            return BUILT_IN.contains(className);
        }
    }

    /** What a check does on the starter code: an exploit check always gets through; a functional one passes unless it says it fails. */
    public enum OnStarter { PASSES, FAILS }

    /**
     * Limits of one grading run.
     *
     * @param wallSeconds   the longest a whole run (start-up and every check) may take
     * @param requestMillis the longest one request may wait for its response
     */
    public record Limits(int wallSeconds, int requestMillis) {
        public static final Limits DEFAULT = new Limits(10, 2000);
    }

    public enum Exposure { PUBLIC, INTERNAL }

    public enum CheckKind { EXPLOIT, FUNCTIONAL }

    public enum Visibility { VISIBLE, HIDDEN }

    /** Where a check's requests come from: the internet, or a foothold inside the lab's network. */
    public enum Origin { OUTSIDE, INSIDE }

    /** What a lab may allow its learners' code to do; everything else dangerous is always refused. */
    public enum Capability { THREADS, REFLECTION, NETWORK }

    public List<CheckSpec> checks(Visibility visibility) {
        return checks.stream().filter(check -> check.visibility() == visibility).toList();
    }

    public ServiceSpec service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }
}
