package dev.fixpoint.lab;

import java.util.Map;
import java.util.random.RandomGenerator;

/** What a {@link Check} may use: the lab's services, per-run values and its own parameters. */
public interface CheckContext {

    /**
     * Sends one HTTP request to a service of the lab and returns its response. The exchange is recorded in
     * the check's transcript.
     *
     * @param service a service declared in {@code lab.yaml}; checks that run from outside the network may
     *                only reach public services
     * @throws ServiceUnreachableException if the service gives no response in time or is not reachable
     */
    Response send(String service, Request request);

    /** The per-run value of a secret declared in {@code lab.yaml}; the services see the same value. */
    String secret(String name);

    /** This check's parameters from {@code lab.yaml} (empty when it declares none). */
    Map<String, String> params();

    /**
     * A parameter of this check.
     *
     * @throws IllegalArgumentException if the check declares no such parameter
     */
    default String param(String name) {
        String value = params().get(name);
        if (value == null) {
            throw new IllegalArgumentException("check parameter '" + name + "' is not set in lab.yaml");
        }
        return value;
    }

    /**
     * A parameter used as an attack payload, with every {@code {random}} or {@code {random:NAME}} in it replaced by a
     * random word of lower-case letters: the same word for the same NAME within one call, different in every run. Hidden
     * variants written this way differ each time, so that a payload seen once cannot be replayed or blocked by name.
     *
     * @throws IllegalArgumentException if the check declares no such parameter
     */
    default String payload(String name) {
        String template = param(name);
        java.util.Map<String, String> words = new java.util.HashMap<>();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\\{random(?::([A-Za-z0-9-]+))?}").matcher(template);
        StringBuilder expanded = new StringBuilder();
        while (token.find()) {
            String word = words.computeIfAbsent(token.group(1) == null ? "" : token.group(1), key -> {
                StringBuilder letters = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    letters.append((char) ('a' + random().nextInt(26)));
                }
                return letters.toString();
            });
            token.appendReplacement(expanded, word);
        }
        return token.appendTail(expanded).toString();
    }

    /** A random generator seeded afresh for every run, so that payloads and names differ each time. */
    RandomGenerator random();

    /** A random name such as {@code prefix-k3v9q2}, different in every run. */
    default String randomName(String prefix) {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder name = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            name.append(alphabet.charAt(random().nextInt(alphabet.length())));
        }
        return name.toString();
    }
}
