package dev.fixpoint.catalog;

import dev.fixpoint.catalog.LabManifest.Capability;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.catalog.LabManifest.Exposure;
import dev.fixpoint.catalog.LabManifest.Limits;
import dev.fixpoint.catalog.LabManifest.Origin;
import dev.fixpoint.catalog.LabManifest.ServiceSpec;
import dev.fixpoint.catalog.LabManifest.Visibility;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code lab.yaml} against schema version 1. */
final class ManifestReader {

    // The patterns are ManifestFields', which the JSON Schema is written from.
    private static final Pattern ID = Pattern.compile(ManifestFields.ID);
    private static final Pattern NAME = Pattern.compile(ManifestFields.NAME);
    private static final Pattern CLASS_NAME = Pattern.compile(ManifestFields.CLASS_NAME);
    private static final Pattern TOP10 = Pattern.compile(ManifestFields.TOP10);

    private ManifestReader() {
    }

    /**
     * @param file    the lab.yaml file
     * @param display how problems name the file, such as {@code labs/sql-injection/lab.yaml}
     * @throws LabFormatException listing every problem found
     */
    static LabManifest read(Path file, String display) {
        Object document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            document = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
        } catch (IOException e) {
            throw new LabFormatException(List.of(display + ": cannot be read: " + e.getMessage()));
        } catch (YAMLException e) {
            throw new LabFormatException(List.of(display + ": is not valid YAML: " + e.getMessage().replace('\n', ' ')));
        }
        return read(document, display);
    }

    /** Reads a manifest already parsed from YAML (or JSON): mappings, lists and scalars. */
    static LabManifest read(Object document, String display) {
        List<String> problems = new ArrayList<>();
        if (!(document instanceof Map<?, ?> map)) {
            throw new LabFormatException(List.of(display + ": must be a YAML mapping of the lab's fields"));
        }
        LabManifest manifest = read(new YamlNode(map, "", problems));
        if (!problems.isEmpty()) {
            throw new LabFormatException(problems.stream().map(problem -> display + ": " + problem).toList());
        }
        return manifest;
    }

    /** The fields the reader asks a manifest for, present or not, as {@code checks[].kind}; its problems are ignored. */
    static Set<String> fieldsRead(Map<?, ?> document) {
        YamlNode root = new YamlNode(document, "", new ArrayList<>());
        read(root);
        return root.fieldsRead();
    }

    private static LabManifest read(YamlNode root) {
        int schema = root.integer("schema", 1, Integer.MAX_VALUE, null);
        if (schema != LabManifest.SCHEMA_VERSION) {
            root.problem("schema", "version " + schema + " is not supported (this Fixpoint reads version " + LabManifest.SCHEMA_VERSION + ")");
        }
        String id = root.string("id", true);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            root.problem("id", "must be lower-case words joined by '-', got '" + id + "'");
        }
        String title = root.string("title", true);
        String summary = root.string("summary", true);
        if (summary.contains("\n")) {
            root.problem("summary", "must be one line");
        }
        String runtime = root.string("runtime", true);
        if (!runtime.isEmpty() && !NAME.matcher(runtime).matches()) {
            root.problem("runtime", "must be a runtime's name (lower-case letters, digits and '-'), got '" + runtime + "'");
        }
        List<String> libraries = root.strings("libraries", false);
        List<String> tracks = root.strings("tracks", true);
        tracks.stream().filter(track -> !NAME.matcher(track).matches())
                .forEach(track -> root.problem("tracks", "'" + track + "' must be a lower-case name"));
        int difficulty = root.integer("difficulty", 1, 5, null);
        List<Integer> cwe = root.list("cwe", true, YamlNode.Item::integer);
        cwe.stream().filter(number -> !Taxonomy.get().isCwe(number))
                .forEach(number -> root.problem("cwe", "CWE-" + number + " is not a weakness in CWE 4.20"));
        YamlNode owasp = root.node("owasp", true);
        List<String> owasp2021 = top10(owasp, "top10-2021", 2021);
        List<String> owasp2025 = top10(owasp, "top10-2025", 2025);
        List<String> api2023 = owasp.strings("api-2023", false);
        api2023.stream().filter(category -> !Taxonomy.get().isApi2023(category))
                .forEach(category -> owasp.problem("api-2023", "'" + category + "' is not a category of the OWASP API Security Top 10 2023 (API1 to API10)"));
        owasp.rejectUnknownKeys();
        int minutes = root.integer("minutes", 1, 600, null);
        List<String> prerequisites = root.strings("prerequisites", false);
        List<ServiceSpec> services = services(root);
        List<String> secrets = root.strings("secrets", false);
        secrets.stream().filter(secret -> !NAME.matcher(secret).matches())
                .forEach(secret -> root.problem("secrets", "'" + secret + "' must be a lower-case name"));
        List<String> editable = root.strings("editable", true);
        // Java sources, or configuration (application.properties, YAML) that the runtime hands to the services as resources.
        editable.stream().filter(path -> !path.startsWith("src/") || path.contains("..") || path.contains("\\") || path.contains("//")
                        || path.endsWith("/"))
                .forEach(path -> root.problem("editable", "'" + path + "' must be a file under src/"));
        List<String> hints = root.strings("hints", true);
        Set<Capability> allow = EnumSet.noneOf(Capability.class);
        YamlNode policy = root.node("policy", false);
        for (String capability : policy.strings("allow", false)) {
            try {
                allow.add(Capability.valueOf(capability.toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                policy.problem("allow", "'" + capability + "' must be one of " + YamlNode.allowed(Capability.class));
            }
        }
        policy.rejectUnknownKeys();
        YamlNode limitsNode = root.node("limits", false);
        Limits limits = new Limits(
                limitsNode.integer("wall-seconds", 1, 60, Limits.DEFAULT.wallSeconds()),
                limitsNode.integer("request-millis", 100, 30_000, Limits.DEFAULT.requestMillis()));
        limitsNode.rejectUnknownKeys();
        List<CheckSpec> checks = checks(root);
        root.rejectUnknownKeys();
        return new LabManifest(id, title, summary, runtime, libraries, tracks, difficulty, cwe, owasp2021, owasp2025,
                api2023, minutes, prerequisites, services, secrets, editable, hints, allow, limits, checks);
    }

    private static List<String> top10(YamlNode owasp, String key, int edition) {
        List<String> categories = owasp.strings(key, false);
        categories.stream().filter(category -> !TOP10.matcher(category).matches() || !Taxonomy.get().isTop10(edition, category))
                .forEach(category -> owasp.problem(key, "'" + category + "' is not a category of the OWASP Top 10 " + edition + " (A01 to A10)"));
        return categories;
    }

    private static List<ServiceSpec> services(YamlNode root) {
        List<ServiceSpec> services = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode node : root.nodes("services", true)) {
            String name = uniqueName(node, names);
            String className = className(node, "class");
            services.add(new ServiceSpec(name, className, node.enumValue("exposure", Exposure.class, null)));
            node.rejectUnknownKeys();
        }
        if (!services.isEmpty() && services.stream().noneMatch(service -> service.exposure() == Exposure.PUBLIC)) {
            root.problem("services", "at least one service must have exposure: public");
        }
        return services;
    }

    private static List<CheckSpec> checks(YamlNode root) {
        List<CheckSpec> checks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode node : root.nodes("checks", true)) {
            String name = uniqueName(node, names);
            String className = className(node, "class");
            CheckKind kind = node.enumValue("kind", CheckKind.class, null);
            Visibility visibility = node.enumValue("visibility", Visibility.class, null);
            Origin from = node.enumValue("from", Origin.class, Origin.OUTSIDE);
            String explanation = node.string("explanation", kind == CheckKind.EXPLOIT);
            if (kind == CheckKind.FUNCTIONAL && explanation != null) {
                node.problem("explanation", "is only for exploit checks");
            }
            // A failed hidden check shows only its clue: without one the learner would learn nothing from it.
            String clue = node.string("clue", visibility == Visibility.HIDDEN);
            if (visibility == Visibility.VISIBLE && clue != null) {
                node.problem("clue", "is only for hidden checks: a visible check shows its own name, message and transcript");
            }
            Map<String, String> params = node.textMap("params");
            LabManifest.OnStarter onStarter = node.enumValue("on-starter", LabManifest.OnStarter.class, LabManifest.OnStarter.PASSES);
            if (kind == CheckKind.EXPLOIT && onStarter == LabManifest.OnStarter.FAILS) {
                node.problem("on-starter", "is only for functional checks: every exploit check gets through the starter code");
            }
            checks.add(new CheckSpec(name, className, kind, visibility, from, explanation, clue, params, onStarter));
            node.rejectUnknownKeys();
        }
        requireCheck(root, checks, CheckKind.EXPLOIT, Visibility.VISIBLE, "a visible exploit check");
        requireCheck(root, checks, CheckKind.EXPLOIT, Visibility.HIDDEN, "a hidden exploit check");
        if (checks.stream().noneMatch(check -> check.kind() == CheckKind.FUNCTIONAL)) {
            root.problem("checks", "must include a functional check, so that a fix that breaks the feature fails");
        }
        return checks;
    }

    private static void requireCheck(YamlNode root, List<CheckSpec> checks, CheckKind kind, Visibility visibility, String what) {
        if (!checks.isEmpty() && checks.stream().noneMatch(check -> check.kind() == kind && check.visibility() == visibility)) {
            root.problem("checks", "must include " + what);
        }
    }

    /** The node's {@code name}: a lower-case name that no earlier node of the same list has. */
    private static String uniqueName(YamlNode node, Set<String> names) {
        String name = node.string("name", true);
        if (!name.isEmpty() && !NAME.matcher(name).matches()) {
            node.problem("name", "must be a lower-case name, got '" + name + "'");
        }
        if (!names.add(name)) {
            node.problem("name", "'" + name + "' is declared twice");
        }
        return name;
    }

    private static String className(YamlNode node, String key) {
        String className = node.string(key, true);
        if (!className.isEmpty() && !CLASS_NAME.matcher(className).matches()) {
            node.problem(key, "must be a fully qualified class name in a package, such as shop.ShopService, got '" + className + "'");
        }
        return className;
    }
}
