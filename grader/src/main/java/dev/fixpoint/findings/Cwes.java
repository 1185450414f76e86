package dev.fixpoint.findings;

import tools.jackson.databind.JsonNode;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds CWE numbers in the ways scanners spell them: {@code CWE-89}, {@code cwe-089}, {@code Cwe_25}, {@code cwe: 23}, {@code 89}. */
final class Cwes {

    // "external/cwe/cwe-089" matches at its second "cwe"; the look-behind keeps words such as "acwe-1" out.
    private static final Pattern IN_TEXT = Pattern.compile("(?i)(?<![a-z])cwe[-_:\\s]*0*([1-9][0-9]{0,4})(?![0-9])");
    private static final Pattern BARE = Pattern.compile("\\s*0*([1-9][0-9]{0,4})\\s*");
    private static final Pattern HELP_URI = Pattern.compile("(?i)cwe\\.mitre\\.org/data/definitions/([1-9][0-9]{0,4})\\.html");

    private Cwes() {
    }

    /** Adds every CWE that {@code text} mentions. */
    static void inText(String text, Set<Integer> into) {
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            into.add(Integer.parseInt(matcher.group(1)));
        }
    }

    /** Adds the CWE of an id that is either {@code CWE-327} or a bare {@code 327}. */
    static void id(String id, Set<Integer> into) {
        Matcher bare = BARE.matcher(id);
        if (bare.matches()) {
            into.add(Integer.parseInt(bare.group(1)));
        } else {
            inText(id, into);
        }
    }

    /** Adds the CWEs of a property value: a string, a number, or an array of them. */
    static void property(JsonNode value, Set<Integer> into) {
        if (value == null) {
            return;
        }
        if (value.isArray()) {
            value.forEach(element -> property(element, into));
        } else if (value.isIntegralNumber() && value.asLong() > 0 && value.asLong() < 100_000) {
            into.add(value.asInt());
        } else if (value.isString()) {
            id(value.asString(), into);
        }
    }

    /** Adds the CWE whose definition page {@code uri} links to. */
    static void helpUri(String uri, Set<Integer> into) {
        Matcher matcher = HELP_URI.matcher(uri);
        if (matcher.find()) {
            into.add(Integer.parseInt(matcher.group(1)));
        }
    }
}
