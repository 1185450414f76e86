package dev.fixpoint.catalog;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.fixpoint.catalog.ManifestFields.Choice;
import dev.fixpoint.catalog.ManifestFields.Field;
import dev.fixpoint.catalog.ManifestFields.ListOf;
import dev.fixpoint.catalog.ManifestFields.Mapping;
import dev.fixpoint.catalog.ManifestFields.Text;
import dev.fixpoint.catalog.ManifestFields.TextMap;
import dev.fixpoint.catalog.ManifestFields.Type;
import dev.fixpoint.catalog.ManifestFields.Whole;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema of lab.yaml is written from {@link ManifestFields}; these tests hold that description against
 * {@link ManifestReader}: the same fields, and the same verdict on every variant of a manifest that the description
 * suggests (each field left out, given a value of every kind, each rule broken), validated by a real JSON Schema validator.
 */
class LabSchemaTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(LabSchema.json(), InputFormat.JSON);

    /** A valid manifest with every optional field, two services and every kind of check. */
    private static final String MANIFEST = """
            schema: 1
            id: notes-idor
            title: Notes anyone can read
            summary: A note is looked up by its id alone.
            runtime: java
            libraries: [kit]
            tracks: [backend]
            difficulty: 2
            cwe: [639]
            owasp:
              top10-2021: [A01]
              top10-2025: [A01]
              api-2023: [API1]
            minutes: 10
            prerequisites: [sql-injection-search]
            services:
              - {name: notes, class: notes.NotesService, exposure: public}
              - {name: audit, class: notes.AuditService, exposure: internal}
            secrets: [admin-note]
            editable: [src/notes/NoteStore.java]
            hints: [Look at how a note is found.]
            policy: {allow: [threads]}
            limits: {wall-seconds: 10, request-millis: 2000}
            checks:
              - {name: read-foreign, class: checks.ReadNote, kind: exploit, visibility: visible, from: outside,
                 explanation: The id alone finds the note., params: {reader: other-user, tries: 3, twice: true}}
              - {name: read-anonymously, class: checks.ReadNote, kind: exploit, visibility: hidden, explanation: Same.,
                 clue: a read without logging in}
              - {name: notes-work, class: checks.NotesWork, kind: functional, visibility: visible, on-starter: fails}
              - {name: notes-work-inside, class: checks.NotesWork, kind: functional, visibility: hidden, from: inside,
                 clue: the owner reading their own note, on-starter: passes}
            """;

    /** Text values of every shape the fields' patterns tell apart, and some that are not text at all. */
    private static final List<Object> TEXTS = List.of(" ", "", 42, true, List.of("x"), "Bad Value!", "two\nlines",
            "src/../x.java", "src/a//B.java", "src/a/", "src\\a\\B.java", "lib/a/B.java", "src/a/B.java", "src/a.properties",
            "a01", "A00", "A11", "A10", "API0", "API11", "API10", "api1", "shop.ShopService", "shop.sub.Shop_2", "Shop",
            "shop.shopService", "x", "-x", "x-", "x--y", "9lives", "a-9", "java");

    @Test
    void theSchemaDescribesExactlyTheFieldsTheReaderReads() {
        assertThat(ManifestFields.paths()).containsExactlyInAnyOrderElementsOf(ManifestReader.fieldsRead(base()));
    }

    @Test
    void theSchemaIsAValidDraft202012SchemaWithNoUnknownFieldsAnywhere() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(LabSchema.DIALECT));

        assertThat(metaSchema.validate(LabSchema.json(), InputFormat.JSON)).isEmpty();
        assertThat(LabSchema.json()).contains("\"$schema\" : \"" + LabSchema.DIALECT + "\"")
                .doesNotContain("\"additionalProperties\" : true");
    }

    @Test
    void theSchemaAndTheReaderAgreeOnEveryVariantOfAManifest() {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("the manifest as it is", document -> { }));
        variants.add(new Variant("unknown field at the top", document -> document.put("colour", "blue")));
        variants(ManifestFields.MANIFEST, document -> document, "", base(), variants);

        List<String> disagreements = new ArrayList<>();
        int rejected = 0;
        for (Variant variant : variants) {
            Map<String, Object> document = base();
            variant.change().accept(document);
            List<String> readerProblems = readerProblems(document);
            List<String> schemaErrors = schemaErrors(document);
            if (readerProblems.isEmpty() != schemaErrors.isEmpty()) {
                disagreements.add(variant.name() + ": the reader " + (readerProblems.isEmpty() ? "accepts it" : "rejects it " + readerProblems)
                        + ", the schema " + (schemaErrors.isEmpty() ? "accepts it" : "rejects it " + schemaErrors));
            }
            rejected += readerProblems.isEmpty() ? 0 : 1;
        }

        assertThat(disagreements).isEmpty();
        assertThat(variants).hasSizeGreaterThan(500);
        assertThat(rejected).as("variants the reader rejects").isGreaterThan(400).isLessThan(variants.size() - 100);
    }

    @Test
    void everyBundledLabValidatesAgainstTheSchema() throws IOException {
        Path labs = Path.of(System.getProperty("fixpoint.labs", "../labs"));
        List<Path> manifests;
        try (Stream<Path> folders = Files.list(labs)) {
            manifests = folders.map(folder -> folder.resolve("lab.yaml")).filter(Files::isRegularFile).sorted().toList();
        }

        assertThat(manifests).hasSizeGreaterThanOrEqualTo(8);
        for (Path manifest : manifests) {
            Object document = new Yaml(new SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(Files.readString(manifest));
            assertThat(schemaErrors(document)).as(manifest.toString()).isEmpty();
        }
    }

    @Test
    void theReaderKeepsItsOwnMessagesForWhatTheSchemaAlsoRejects() {
        Map<String, Object> document = base();
        document.put("difficulty", 9);

        assertThat(readerProblems(document)).containsExactly("lab.yaml: difficulty: must be between 1 and 5, got 9");
        assertThat(schemaErrors(document)).singleElement().asString().contains("difficulty");
    }

    private record Variant(String name, Consumer<Map<String, Object>> change) {
    }

    @SuppressWarnings("unchecked")
    private static void variants(Mapping mapping, Function<Map<String, Object>, Map<String, Object>> locate, String path,
                                 Map<String, Object> example, List<Variant> out) {
        out.add(new Variant(path + "(unknown field)", document -> locate.apply(document).put("colour", "blue")));
        for (Field field : mapping.fields()) {
            String name = field.name();
            String fieldPath = path + name;
            out.add(new Variant(fieldPath + " left out", document -> locate.apply(document).remove(name)));
            for (Object value : candidates(field.type(), true)) {
                out.add(new Variant(fieldPath + " = " + describe(value), document -> locate.apply(document).put(name, copy(value))));
            }
            if (field.type() instanceof Mapping nested) {
                Object present = example.get(name);
                variants(nested, document -> (Map<String, Object>) locate.apply(document).get(name), fieldPath + ".",
                        (Map<String, Object>) present, out);
            } else if (field.type() instanceof ListOf list && list.item() instanceof Mapping item) {
                List<Object> items = (List<Object>) example.get(name);
                for (int i = 0; i < items.size(); i++) {
                    int index = i;
                    variants(item, document -> (Map<String, Object>) ((List<Object>) locate.apply(document).get(name)).get(index),
                            fieldPath + "[" + i + "].", (Map<String, Object>) items.get(i), out);
                }
            }
        }
    }

    /** Values to give a field (or, when not {@code top}, a list's item) of this type: good and bad ones. */
    private static List<Object> candidates(Type type, boolean top) {
        List<Object> values = new ArrayList<>();
        switch (type) {
            case Text ignored -> values.addAll(TEXTS);
            case Whole whole -> {
                values.addAll(List.of(whole.min() - 1, "three", true));
                if (top) {
                    // A list's numbers (CWE ids) are also checked against a taxonomy that the schema leaves to the reader.
                    values.addAll(List.of(whole.min(), whole.max()));
                }
                if (whole.max() != Integer.MAX_VALUE) {
                    values.add(whole.max() + 1);
                }
            }
            case Choice choice -> {
                values.addAll(choice.values());
                values.addAll(List.of("bogus", 3));
            }
            case ListOf list -> {
                values.addAll(List.of("not a list", List.of()));
                if (list.item() instanceof Mapping) {
                    values.add(List.of("not a mapping"));
                } else {
                    candidates(list.item(), false).forEach(item -> values.add(List.of(item)));
                }
            }
            case Mapping ignored -> values.addAll(List.of("not a mapping", List.of(), new LinkedHashMap<>()));
            case TextMap ignored -> {
                Map<String, Object> nullValue = new HashMap<>();
                nullValue.put("k", null);
                values.addAll(List.of("not a mapping", new LinkedHashMap<>(), Map.of("k", "v"), Map.of("k", 3), Map.of("k", true),
                        Map.of("k", List.of(1)), Map.of("k", Map.of("a", 1)), nullValue));
            }
        }
        return values;
    }

    private static List<String> readerProblems(Object document) {
        try {
            ManifestReader.read(document, "lab.yaml");
            return List.of();
        } catch (LabFormatException e) {
            return e.problems();
        }
    }

    private static List<String> schemaErrors(Object document) {
        JsonNode json = JSON.valueToTree(document);
        return SCHEMA.validate(json).stream().map(error -> error.toString()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> base() {
        return (Map<String, Object>) copy(new Yaml(new SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(MANIFEST));
    }

    /** A deep, mutable copy. */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), copy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text.replace("\n", "\\n") + "'"
                : value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
    }

    @Test
    void everyBundledLabNamesTheSchemaSoThatEditorsValidateIt() throws Exception {
        Path labs = Path.of(System.getProperty("fixpoint.labs", "../labs"));
        Path schema = labs.resolveSibling("docs/lab.schema.json");
        assertThat(schema).isRegularFile();
        try (java.util.stream.Stream<Path> folders = java.nio.file.Files.list(labs)) {
            for (Path manifest : folders.map(folder -> folder.resolve("lab.yaml")).filter(java.nio.file.Files::isRegularFile).toList()) {
                String first = java.nio.file.Files.readAllLines(manifest).getFirst();
                assertThat(first).as(manifest.toString()).isEqualTo("# yaml-language-server: $schema=../../docs/lab.schema.json");
                assertThat(manifest.getParent().resolve("../../docs/lab.schema.json").normalize()).isEqualTo(schema.normalize());
            }
        }
    }
}
