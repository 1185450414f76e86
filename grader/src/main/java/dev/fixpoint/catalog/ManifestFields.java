package dev.fixpoint.catalog;

import dev.fixpoint.catalog.LabManifest.Capability;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.Exposure;
import dev.fixpoint.catalog.LabManifest.OnStarter;
import dev.fixpoint.catalog.LabManifest.Origin;
import dev.fixpoint.catalog.LabManifest.Visibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of {@code lab.yaml} (schema {@value LabManifest#SCHEMA_VERSION}) as data: names, types, which are required,
 * patterns, ranges, choices and the rules between fields. {@link LabSchema} writes the JSON Schema from it, and the tests
 * hold it against {@link ManifestReader}: the fields the reader asks for, and the manifests it rejects.
 */
public final class ManifestFields {

    /** A lab's id: lower-case words joined by '-'. */
    public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
    /** A runtime's, track's, secret's, service's or check's name. */
    public static final String NAME = "[a-z][a-z0-9-]*";
    /** A fully qualified class name in a package. */
    public static final String CLASS_NAME = "([a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*";
    /** An OWASP Top 10 category. */
    public static final String TOP10 = "A(0[1-9]|10)";
    /** An OWASP API Security Top 10 2023 category. */
    public static final String API_TOP10 = "API([1-9]|10)";
    /** A file under src/: no "..", backslash or empty segment, and not a folder. */
    public static final String EDITABLE = "src/(?!.*\\.\\.)(?!.*\\\\)(?!.*//)(?!.*/$).+";
    /** Text on one line. */
    public static final String ONE_LINE = "[^\\n]*\\S[^\\n]*";

    /** Rules of the reader and the catalog that a JSON Schema cannot state; they are checked when the catalog loads. */
    public static final List<String> NOT_IN_SCHEMA = List.of(
            "id equals the lab folder's name",
            "runtime is a runtime of this Fixpoint, and libraries are libraries of that runtime",
            "cwe ids are weaknesses of CWE 4.20, OWASP categories those of the mappings that ship with Fixpoint",
            "service and check names are unique",
            "prerequisites, editable files and check classes exist");

    private static final Pattern LAB_ID = Pattern.compile(ID);

    private ManifestFields() {
    }

    /** Whether {@code id} is a valid lab id. */
    public static boolean isLabId(String id) {
        return id != null && LAB_ID.matcher(id).matches();
    }

    /** The type of a field's value. */
    public sealed interface Type permits Text, Whole, Choice, ListOf, Mapping, TextMap {
    }

    /**
     * Text that is not blank.
     *
     * @param pattern what the whole value must match, or null for any text
     */
    public record Text(String pattern) implements Type {
        static final Text ANY = new Text(null);
    }

    /**
     * A whole number.
     *
     * @param byDefault the value when the field is left out, or null when it has none
     */
    public record Whole(int min, int max, Integer byDefault) implements Type {
    }

    /** One of some names, written in lower case. */
    public record Choice(List<String> values, String byDefault) implements Type {
        static <E extends Enum<E>> Choice of(Class<E> type, E byDefault) {
            List<String> values = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                values.add(lower(constant));
            }
            return new Choice(List.copyOf(values), byDefault == null ? null : lower(byDefault));
        }
    }

    /** A list; {@code nonEmpty} when it needs at least one item. */
    public record ListOf(Type item, boolean nonEmpty) implements Type {
    }

    /** A mapping of the named fields only, and rules between them. */
    public record Mapping(List<Field> fields, List<Rule> rules) implements Type {
        public Field field(String name) {
            return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
        }
    }

    /** A mapping of any names to text or numbers. */
    public record TextMap() implements Type {
    }

    /** A field of a mapping. */
    public record Field(String name, Type type, boolean required, String description) {
    }

    /** A rule between fields of one mapping. */
    public sealed interface Rule permits Contains, Requires, Forbids {
    }

    /** The list {@code field} holds at least one item whose fields have {@code values}. */
    public record Contains(String field, Map<String, String> values, String description) implements Rule {
    }

    /** When the field {@code when} is {@code is}, {@code field} is required. */
    public record Requires(String when, String is, String field) implements Rule {
    }

    /** When the field {@code when} is {@code is}, {@code field} is left out (when {@code value} is null) or is not {@code value}. */
    public record Forbids(String when, String is, String field, String value) implements Rule {
    }

    private static final String EXPLOIT = lower(CheckKind.EXPLOIT);
    private static final String FUNCTIONAL = lower(CheckKind.FUNCTIONAL);
    private static final String VISIBLE = lower(Visibility.VISIBLE);
    private static final String HIDDEN = lower(Visibility.HIDDEN);

    private static final Mapping SERVICE = new Mapping(List.of(
            new Field("name", new Text(NAME), true, "Lower-case name; checks address the service by it."),
            new Field("class", new Text(CLASS_NAME), true, "The class implementing dev.fixpoint.lab.LabService, such as shop.ShopService."),
            new Field("exposure", Choice.of(Exposure.class, null), true,
                    "public: reachable by an outside attacker; internal: only from inside the lab's network.")),
            List.of());

    private static final Mapping CHECK = new Mapping(List.of(
            new Field("name", new Text(NAME), true, "Lower-case name, unique among the lab's checks."),
            new Field("class", new Text(CLASS_NAME), true,
                    "The class implementing dev.fixpoint.lab.Check, or dev.fixpoint.lab.check.SendAndExpect for a check written in params alone."),
            new Field("kind", Choice.of(CheckKind.class, null), true,
                    "exploit: passes when the attack is blocked; functional: passes when the feature works."),
            new Field("visibility", Choice.of(Visibility.class, null), true,
                    "visible: shipped to learners; hidden: only whether it passed is shown, with its clue."),
            new Field("from", Choice.of(Origin.class, Origin.OUTSIDE), false,
                    "Where the check's requests come from: outside (public services only) or inside (every service)."),
            new Field("explanation", Text.ANY, false, "Exploit checks only, and required there: why the attack works."),
            new Field("clue", Text.ANY, false,
                    "Hidden checks only, and required there: what kind of request it sends, without giving it away."),
            new Field("params", new TextMap(), false, "Text values the check reads with context.param(...)."),
            new Field("on-starter", Choice.of(OnStarter.class, OnStarter.PASSES), false,
                    "Functional checks only: fails when the flaw itself breaks this use.")),
            List.of(new Requires("kind", EXPLOIT, "explanation"),
                    new Forbids("kind", FUNCTIONAL, "explanation", null),
                    new Requires("visibility", HIDDEN, "clue"),
                    new Forbids("visibility", VISIBLE, "clue", null),
                    new Forbids("kind", EXPLOIT, "on-starter", lower(OnStarter.FAILS))));

    private static final Mapping OWASP = new Mapping(List.of(
            new Field("top10-2021", new ListOf(new Text(TOP10), false), false, "OWASP Top 10 2021 categories, A01 to A10."),
            new Field("top10-2025", new ListOf(new Text(TOP10), false), false, "OWASP Top 10 2025 categories, A01 to A10."),
            new Field("api-2023", new ListOf(new Text(API_TOP10), false), false, "OWASP API Security Top 10 2023 categories, API1 to API10.")),
            List.of());

    private static final Mapping POLICY = new Mapping(List.of(
            new Field("allow", new ListOf(Choice.of(Capability.class, null), false), false,
                    "What learner code may use beyond the default.")),
            List.of());

    private static final Mapping LIMITS = new Mapping(List.of(
            new Field("wall-seconds", new Whole(1, 60, LabManifest.Limits.DEFAULT.wallSeconds()), false,
                    "The longest a whole run (start-up and every check) may take."),
            new Field("request-millis", new Whole(100, 30_000, LabManifest.Limits.DEFAULT.requestMillis()), false,
                    "The longest one request may wait for its response.")),
            List.of());

    /** The whole manifest. */
    public static final Mapping MANIFEST = new Mapping(List.of(
            new Field("schema", new Whole(LabManifest.SCHEMA_VERSION, LabManifest.SCHEMA_VERSION, null), true,
                    "The manifest's schema version; " + LabManifest.SCHEMA_VERSION + " is the only one."),
            new Field("id", new Text(ID), true, "Equals the lab folder's name; lower-case words joined by '-'."),
            new Field("title", Text.ANY, true, "The lab's title."),
            new Field("summary", new Text(ONE_LINE), true, "One line on what is wrong."),
            new Field("runtime", new Text(NAME), true, "The runtime that compiles and hosts the services, such as java."),
            new Field("libraries", new ListOf(Text.ANY, false), false, "Libraries of the runtime the code and checks use, such as kit or h2."),
            new Field("tracks", new ListOf(new Text(NAME), true), true, "Lower-case names: backend, devops, cloud, ..."),
            new Field("difficulty", new Whole(1, 5, null), true, "1 to 5."),
            new Field("cwe", new ListOf(new Whole(1, Integer.MAX_VALUE, null), true), true, "CWE ids of the weakness taught, checked against CWE 4.20."),
            new Field("owasp", OWASP, true, "OWASP categories, checked against the mappings that ship with Fixpoint."),
            new Field("minutes", new Whole(1, 600, null), true, "Estimated time to fix."),
            new Field("prerequisites", new ListOf(Text.ANY, false), false, "Ids of other labs."),
            new Field("services", new ListOf(SERVICE, true), true, "The lab's services; at least one public."),
            new Field("secrets", new ListOf(new Text(NAME), false), false,
                    "Names of random values generated afresh for every run; services and checks both see them."),
            new Field("editable", new ListOf(new Text(EDITABLE), true), true, "What the learner edits: files under src/."),
            new Field("hints", new ListOf(Text.ANY, true), true, "Revealed one at a time, most general first."),
            new Field("policy", POLICY, false, "What learner code may use beyond the default."),
            new Field("limits", LIMITS, false, "Limits of one grading run."),
            new Field("checks", new ListOf(CHECK, true), true,
                    "At least one visible exploit check, one hidden exploit check and one functional check.")),
            List.of(new Contains("services", Map.of("exposure", lower(Exposure.PUBLIC)), "at least one service must have exposure: public"),
                    new Contains("checks", ordered("kind", EXPLOIT, "visibility", VISIBLE), "checks must include a visible exploit check"),
                    new Contains("checks", ordered("kind", EXPLOIT, "visibility", HIDDEN), "checks must include a hidden exploit check"),
                    new Contains("checks", Map.of("kind", FUNCTIONAL), "checks must include a functional check")));

    /** Every field's path, as {@link YamlNode} names them: {@code owasp.top10-2021}, {@code checks[].kind}. */
    public static Set<String> paths() {
        Set<String> paths = new LinkedHashSet<>();
        collect(MANIFEST, "", paths);
        return paths;
    }

    private static void collect(Mapping mapping, String prefix, Set<String> paths) {
        for (Field field : mapping.fields()) {
            String path = prefix + field.name();
            paths.add(path);
            if (field.type() instanceof Mapping nested) {
                collect(nested, path + ".", paths);
            } else if (field.type() instanceof ListOf list && list.item() instanceof Mapping item) {
                collect(item, path + "[].", paths);
            }
        }
    }

    private static Map<String, String> ordered(String key1, String value1, String key2, String value2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
