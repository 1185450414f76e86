package dev.fixpoint.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The CWE ids and OWASP categories a manifest may name, from the CWE 4.20 list and the OWASP mappings that
 * ship with Fixpoint (see data/NOTICE.md next to them).
 */
final class Taxonomy {

    private static final Taxonomy INSTANCE = load();

    private final Set<Integer> cweIds = new HashSet<>();
    private final Map<Integer, CweCatalog.Cwe> cwes = new HashMap<>();
    private final Set<String> top10v2021 = new HashSet<>();
    private final Set<String> top10v2025 = new HashSet<>();
    private final Set<String> api2023 = new HashSet<>();
    /** Category titles keyed by the category as a manifest names it with its edition: A03:2021, A05:2025, API1:2023. */
    private final Map<String, String> owaspTitles = new HashMap<>();
    /** Common names of weaknesses (lower case) and the CWE ids each names, from data/aliases.csv. */
    private final Map<String, List<Integer>> aliases = new HashMap<>();

    static Taxonomy get() {
        return INSTANCE;
    }

    boolean isCwe(int id) {
        return cweIds.contains(id);
    }

    /** The weakness {@code id} of the CWE list, or {@code null} when the list has none. */
    CweCatalog.Cwe cwe(int id) {
        return cwes.get(id);
    }

    boolean isTop10(int edition, String category) {
        return (edition == 2021 ? top10v2021 : top10v2025).contains(category);
    }

    boolean isApi2023(String category) {
        return api2023.contains(category);
    }

    /** The title of an OWASP category written with its edition, such as {@code A03:2021}, or {@code null}. */
    String owaspTitle(String category) {
        return owaspTitles.get(category);
    }

    /** Common names of weaknesses, lower case, each with the CWE ids it names. */
    Map<String, List<Integer>> aliases() {
        return aliases;
    }

    private static Taxonomy load() {
        Taxonomy taxonomy = new Taxonomy();
        rows("cwe_v4.20_weaknesses.csv", columns -> {
            if (columns[0].startsWith("CWE-")) {
                int id = Integer.parseInt(columns[0].substring(4));
                taxonomy.cweIds.add(id);
                String parent = columns.length > 4 ? columns[4] : "";
                taxonomy.cwes.put(id, new CweCatalog.Cwe(id, columns[1],
                        parent.startsWith("CWE-") ? Integer.parseInt(parent.substring(4)) : 0));
            }
        });
        rows("owasp_top10_2021_2025_cwe.csv", columns -> {
            (columns[0].equals("2021") ? taxonomy.top10v2021 : taxonomy.top10v2025).add(columns[1]);
            taxonomy.owaspTitles.put(columns[1] + ":" + columns[0], columns[2]);
        });
        rows("owasp_api_top10_2023_cwe.csv", columns -> {
            taxonomy.api2023.add(columns[0].substring(0, columns[0].indexOf(':')));
            taxonomy.owaspTitles.put(columns[0], columns[1]);
        });
        rows("aliases.csv", columns -> taxonomy.aliases.put(columns[0].strip().toLowerCase(java.util.Locale.ROOT),
                java.util.Arrays.stream(columns[1].split(";")).map(id -> Integer.parseInt(id.strip().substring(4))).toList()));
        return taxonomy;
    }

    /** Calls {@code row} with the columns of every data row. */
    private static void rows(String file, Consumer<String[]> row) {
        try (InputStream in = Taxonomy.class.getResourceAsStream("data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(columns(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a CSV line; titles such as "Reusing a Nonce, Key Pair in Encryption" are quoted because of their commas. */
    static String[] columns(String line) {
        List<String> columns = new ArrayList<>();
        StringBuilder column = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                column.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                columns.add(column.toString());
                column.setLength(0);
            } else {
                column.append(c);
            }
        }
        columns.add(column.toString());
        return columns.toArray(String[]::new);
    }
}
