package dev.fixpoint.findings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads SARIF 2.1.0 logs tolerantly: parts that deviate from the schema are skipped with a warning, and only a file
 * that is not JSON, not a SARIF log at all, or over a limit is rejected. Nothing is returned from a rejected file.
 */
public final class SarifReader {

    private static final int MAX_WARNINGS = 50;

    private SarifReader() {
    }

    /**
     * Limits and filters for one read.
     *
     * @param maxBytes   the largest file accepted
     * @param maxResults the most result objects accepted, all runs together
     * @param maxDepth   the deepest JSON nesting accepted
     * @param onlyNew    keep only results whose {@code baselineState} is {@code new} or missing (a scan that was not
     *                   compared with a baseline cannot tell old from new, so its results are all kept)
     */
    public record Options(long maxBytes, int maxResults, int maxDepth, boolean onlyNew) {

        public Options {
            if (maxBytes < 1 || maxResults < 0 || maxDepth < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        /** 50 MiB, 100,000 results, nesting depth 100, all results. */
        public static Options defaults() {
            return new Options(50L * 1024 * 1024, 100_000, 100, false);
        }

        public Options withOnlyNew(boolean onlyNew) {
            return new Options(maxBytes, maxResults, maxDepth, onlyNew);
        }
    }

    /** Reads the file at {@code file}; see {@link #read(InputStream, Options)}. */
    public static SarifFile read(Path file, Options options) {
        try {
            if (Files.size(file) > options.maxBytes()) {
                throw tooLarge(options);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, options);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a SARIF log from {@code in}, which is not closed.
     *
     * @throws SarifFormatException when the input is not JSON, not a SARIF log, or over a limit of {@code options}
     */
    public static SarifFile read(InputStream in, Options options) {
        JsonNode root = parse(readBounded(in, options), options);
        if (!root.isObject()) {
            throw new SarifFormatException("not a SARIF log: the top level is " + kind(root) + ", not an object");
        }
        JsonNode runs = root.get("runs");
        if (runs == null || !runs.isArray()) {
            List<String> fields = new ArrayList<>(root.propertyNames());
            throw new SarifFormatException("not a SARIF log: it has no 'runs' array"
                    + (fields.isEmpty() ? "" : " (top-level fields: " + String.join(", ", fields) + ")"));
        }
        List<String> warnings = new ArrayList<>();
        String version = root.path("version").asString("");
        if (!version.equals("2.1.0")) {
            warnings.add("version is '" + version + "', not 2.1.0; read as 2.1.0");
        }
        int results = 0;
        for (JsonNode run : runs) {
            JsonNode list = run.path("results");
            results += list.isArray() ? list.size() : 0;
        }
        if (results > options.maxResults()) {
            throw new SarifFormatException("the file has " + results + " results, more than the limit of "
                    + options.maxResults());
        }
        Tally tally = new Tally(warnings);
        RuleCweMap map = RuleCweMap.shipped();
        for (int i = 0; i < runs.size(); i++) {
            JsonNode run = runs.get(i);
            if (!run.isObject()) {
                tally.warn("runs[" + i + "]: is " + kind(run) + ", not an object; skipped");
                continue;
            }
            new RunReader(run, "runs[" + i + "]", map, options.onlyNew(), tally).read();
        }
        return new SarifFile(tally.findings, results, tally.suppressed, tally.notNew, tally.notProblems, warnings);
    }

    private static byte[] readBounded(InputStream in, Options options) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                throw tooLarge(options);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SARIF input: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(byte[] bytes, Options options) {
        // Comments are allowed because hand-edited files comment out their tail; everything else stays strict JSON.
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(options.maxDepth()).build())
                .build();
        try {
            JsonNode root = JsonMapper.builder(factory).build().readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new SarifFormatException("not JSON: the file is empty");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new SarifFormatException("the JSON nests deeper than the limit of " + options.maxDepth()
                    + where(e.getLocation()));
        } catch (JacksonException e) {
            throw new SarifFormatException("not JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }

    private static SarifFormatException tooLarge(Options options) {
        return new SarifFormatException("the file is larger than the limit of " + options.maxBytes() + " bytes");
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "not a value";
        };
    }

    /** What the runs of one file add up to. */
    static final class Tally {
        final List<Finding> findings = new ArrayList<>();
        final List<String> warnings;
        int suppressed;
        int notNew;
        int notProblems;

        Tally(List<String> warnings) {
            this.warnings = warnings;
        }

        void warn(String warning) {
            // A file with a fault in every result would otherwise carry one warning per result.
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(warning);
            } else if (warnings.size() == MAX_WARNINGS) {
                warnings.add("more warnings were left out");
            }
        }
    }
}
