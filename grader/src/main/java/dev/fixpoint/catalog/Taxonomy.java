package dev.fixpoint.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The CWE ids and OWASP categories a manifest may name, from the CWE 4.20 list and the OWASP mappings that
 * ship with Fixpoint (see data/NOTICE.md next to them).
 */
final class Taxonomy {

    private static final Taxonomy INSTANCE = load();

    private final Set<Integer> cweIds = new HashSet<>();
    private final Set<String> top10v2021 = new HashSet<>();
    private final Set<String> top10v2025 = new HashSet<>();
    private final Set<String> api2023 = new HashSet<>();

    static Taxonomy get() {
        return INSTANCE;
    }

    boolean isCwe(int id) {
        return cweIds.contains(id);
    }

    boolean isTop10(int edition, String category) {
        return (edition == 2021 ? top10v2021 : top10v2025).contains(category);
    }

    boolean isApi2023(String category) {
        return api2023.contains(category);
    }

    private static Taxonomy load() {
        Taxonomy taxonomy = new Taxonomy();
        rows("cwe_v4.20_weaknesses.csv", columns -> {
            if (columns[0].startsWith("CWE-")) {
                taxonomy.cweIds.add(Integer.parseInt(columns[0].substring(4)));
            }
        });
        rows("owasp_top10_2021_2025_cwe.csv", columns ->
                (columns[0].equals("2021") ? taxonomy.top10v2021 : taxonomy.top10v2025).add(columns[1]));
        rows("owasp_api_top10_2023_cwe.csv", columns ->
                taxonomy.api2023.add(columns[0].substring(0, columns[0].indexOf(':'))));
        return taxonomy;
    }

    /** Calls {@code row} with the leading columns of every data row; the files quote no leading column. */
    private static void rows(String file, Consumer<String[]> row) {
        try (InputStream in = Taxonomy.class.getResourceAsStream("data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled data file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split(",", 4));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
