package dev.fixpoint.findings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** CWEs for the rules of tools that name none, from {@code rule-cwe-map.csv} (columns tool, rule, cwes, note). */
final class RuleCweMap {

    static final String RESOURCE = "rule-cwe-map.csv";

    private static final RuleCweMap SHIPPED = load(RuleCweMap.class.getResourceAsStream(RESOURCE), RESOURCE);

    /** One line: {@code rule} is an exact id, a prefix ending in {@code *}, or {@code *} for every rule of the tool. */
    record Entry(String tool, String rule, List<Integer> cwes) {

        boolean matches(String toolName, String ruleId) {
            String name = toolName.toLowerCase(Locale.ROOT);
            // "semgrep" names both "semgrep" and "Semgrep OSS"; tools rename their drivers across versions.
            boolean toolMatches = name.equals(tool) || name.startsWith(tool + " ");
            boolean ruleMatches = rule.endsWith("*") ? ruleId.startsWith(rule.substring(0, rule.length() - 1))
                    : ruleId.equals(rule);
            return toolMatches && ruleMatches;
        }
    }

    private final List<Entry> entries;

    private RuleCweMap(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static RuleCweMap shipped() {
        return SHIPPED;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The CWEs of every entry that matches, ascending; empty when none does. */
    Set<Integer> lookup(String tool, String ruleId) {
        Set<Integer> cwes = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.matches(tool, ruleId)) {
                cwes.addAll(entry.cwes());
            }
        }
        return cwes;
    }

    static RuleCweMap load(InputStream in, String display) {
        if (in == null) {
            throw new IllegalStateException(display + " is missing from the class path");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || number == 1) {
                    continue;
                }
                String[] columns = line.split(",", 4);
                Set<Integer> cwes = new TreeSet<>();
                if (columns.length >= 3) {
                    Cwes.inText(columns[2], cwes);
                }
                if (columns.length < 3 || columns[0].isBlank() || columns[1].isBlank() || cwes.isEmpty()) {
                    throw new IllegalStateException(display + " line " + number + ": needs tool,rule,cwes[,note]");
                }
                entries.add(new Entry(columns[0].trim().toLowerCase(Locale.ROOT), columns[1].trim(), List.copyOf(cwes)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleCweMap(entries);
    }
}
