package dev.fixpoint.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A mapping from a YAML document with the path that leads to it, so that every problem found while reading
 * names the field ({@code checks[2].kind}). Problems are collected, not thrown, so an author sees them all.
 */
final class YamlNode {

    private final Map<?, ?> map;
    private final String path;
    private final List<String> problems;
    private final Set<String> read = new LinkedHashSet<>();
    /** Every field any node of this document was asked for, list positions written {@code []}: {@code checks[].kind}. */
    private final Set<String> fieldsRead;

    YamlNode(Map<?, ?> map, String path, List<String> problems) {
        this(map, path, problems, new LinkedHashSet<>());
    }

    private YamlNode(Map<?, ?> map, String path, List<String> problems, Set<String> fieldsRead) {
        this.map = map;
        this.path = path;
        this.problems = problems;
        this.fieldsRead = fieldsRead;
    }

    /** The fields that this node and the nodes read from it were asked for, present or not, as {@code checks[].kind}. */
    Set<String> fieldsRead() {
        return java.util.Collections.unmodifiableSet(fieldsRead);
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String message) {
        problems.add(field(key) + ": " + message);
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    private Object raw(String key, boolean required) {
        read.add(key);
        fieldsRead.add(field(key).replaceAll("\\[\\d+]", "[]"));
        Object value = map.get(key);
        if (value == null && required) {
            problem(key, "is required");
        }
        return value;
    }

    String string(String key, boolean required) {
        Object value = raw(key, required);
        if (value == null) {
            return required ? "" : null;
        }
        if (!(value instanceof String text)) {
            problem(key, "must be text, got " + describe(value));
            return "";
        }
        if (text.isBlank() && required) {
            problem(key, "must not be empty");
        }
        return text.strip();
    }

    int integer(String key, int min, int max, Integer fallback) {
        Object value = raw(key, fallback == null);
        if (value == null) {
            return fallback == null ? min : fallback;
        }
        if (!(value instanceof Integer number)) {
            problem(key, "must be a whole number, got " + describe(value));
            return min;
        }
        if (number < min || number > max) {
            problem(key, "must be between " + min + " and " + max + ", got " + number);
        }
        return number;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        String text = string(key, fallback == null);
        if (text == null || text.isEmpty()) {
            return fallback != null ? fallback : type.getEnumConstants()[0];
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(key, "must be one of " + allowed(type) + ", got '" + text + "'");
            return type.getEnumConstants()[0];
        }
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    /** A list of scalars, each converted; {@code convert} returns null (after reporting) for a bad item. */
    <T> List<T> list(String key, boolean required, Function<Item, T> convert) {
        Object value = raw(key, required);
        List<T> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> items)) {
            problem(key, "must be a list, got " + describe(value));
            return result;
        }
        if (items.isEmpty() && required) {
            problem(key, "must not be empty");
        }
        for (int i = 0; i < items.size(); i++) {
            T converted = convert.apply(new Item(field(key) + "[" + i + "]", items.get(i), problems, fieldsRead));
            if (converted != null) {
                result.add(converted);
            }
        }
        return result;
    }

    List<String> strings(String key, boolean required) {
        return list(key, required, Item::text);
    }

    List<YamlNode> nodes(String key, boolean required) {
        return list(key, required, Item::node);
    }

    YamlNode node(String key, boolean required) {
        Object value = raw(key, required);
        if (value == null) {
            return new YamlNode(Map.of(), field(key), problems, fieldsRead);
        }
        if (!(value instanceof Map<?, ?> child)) {
            problem(key, "must be a mapping, got " + describe(value));
            return new YamlNode(Map.of(), field(key), problems, fieldsRead);
        }
        return new YamlNode(child, field(key), problems, fieldsRead);
    }

    /** A mapping of names to scalar values, kept as text. */
    Map<String, String> textMap(String key) {
        Object value = raw(key, false);
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof Map<?, ?> entries)) {
            problem(key, "must be a mapping, got " + describe(value));
            return result;
        }
        entries.forEach((name, item) -> {
            if (!(name instanceof String) || item instanceof Map || item instanceof List || item == null) {
                problem(key, "entry '" + name + "' must be a name with a text or number value");
            } else {
                result.put((String) name, String.valueOf(item));
            }
        });
        return result;
    }

    /** Reports every key that no reader asked for, so that typos do not pass silently. */
    void rejectUnknownKeys() {
        for (Object key : map.keySet()) {
            if (!read.contains(String.valueOf(key))) {
                problems.add(field(String.valueOf(key)) + ": is not a field of this schema");
            }
        }
    }

    static String describe(Object value) {
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "'" + value + "'";
    }

    /** One element of a YAML list with its path. */
    record Item(String path, Object value, List<String> problems, Set<String> fieldsRead) {
        String text() {
            if (value instanceof String text && !text.isBlank()) {
                return text.strip();
            }
            problems.add(path + ": must be non-empty text, got " + describe(value));
            return null;
        }

        YamlNode node() {
            if (value instanceof Map<?, ?> map) {
                return new YamlNode(map, path, problems, fieldsRead);
            }
            problems.add(path + ": must be a mapping, got " + describe(value));
            return null;
        }

        Integer integer() {
            if (value instanceof Integer number) {
                return number;
            }
            problems.add(path + ": must be a whole number, got " + describe(value));
            return null;
        }
    }
}
