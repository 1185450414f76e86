package dev.fixpoint.lab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value, parsed strictly (RFC 8259) or built, written compactly by {@link #toString()}. The one JSON shape of
 * checks and of the service kit, so that neither needs a JSON library. Navigation never throws: a field or index that is
 * not there is {@link Kind#MISSING}, which answers every question with "no".
 */
public final class Json {

    /** What kind of value this is; {@code MISSING} stands for a field or item that is not there. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL, MISSING }

    /** The value of an absent field or item. */
    public static final Json MISSING = new Json(Kind.MISSING, null);
    public static final Json NULL = new Json(Kind.NULL, null);

    private final Kind kind;
    private final Object value;

    private Json(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Parses one JSON value (surrounding white space allowed, nothing else).
     *
     * @throws IllegalArgumentException naming the position and what was expected there
     */
    public static Json parse(String text) {
        return new JsonParser(text).document();
    }

    /** Parses {@code text}, or gives nothing when it is not JSON: for a service's answer that may be anything. */
    public static Optional<Json> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * An object of the given names and values, in that order. A value may be a {@code Json}, a string, a number, a
     * boolean, null, a {@link List} or a {@link Map} (converted the same way).
     */
    public static Json object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Json.object takes names and values in pairs");
        }
        Map<String, Json> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(Objects.requireNonNull((String) namesAndValues[i], "field name"), of(namesAndValues[i + 1]));
        }
        return new Json(Kind.OBJECT, Collections.unmodifiableMap(fields));
    }

    /** An array of the given values, converted as {@link #object} converts them. */
    public static Json array(Object... items) {
        List<Json> list = new ArrayList<>();
        for (Object item : items) {
            list.add(of(item));
        }
        return new Json(Kind.ARRAY, Collections.unmodifiableList(list));
    }

    /** A Java value as JSON: see {@link #object} for what converts. */
    public static Json of(Object value) {
        return switch (value) {
            case null -> NULL;
            case Json json -> json;
            case String text -> new Json(Kind.STRING, text);
            case Boolean bool -> new Json(Kind.BOOLEAN, bool);
            case BigDecimal number -> new Json(Kind.NUMBER, number);
            case Double number when number.isNaN() || number.isInfinite() ->
                    throw new IllegalArgumentException("JSON has no " + number);
            case Float number when number.isNaN() || number.isInfinite() ->
                    throw new IllegalArgumentException("JSON has no " + number);
            case Number number -> new Json(Kind.NUMBER, new BigDecimal(number.toString()));
            case List<?> list -> array(list.toArray());
            case Map<?, ?> map -> {
                List<Object> pairs = new ArrayList<>();
                map.forEach((name, item) -> {
                    pairs.add(name.toString());
                    pairs.add(item);
                });
                yield object(pairs.toArray());
            }
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        };
    }

    static Json ofParsed(Kind kind, Object value) {
        return new Json(kind, value);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    /** A field of an object; {@link #MISSING} when this is not an object or has no such field. */
    public Json get(String field) {
        return kind == Kind.OBJECT ? fields().getOrDefault(field, MISSING) : MISSING;
    }

    /** An item of an array; {@link #MISSING} when this is not an array or the index is out of range. */
    public Json get(int index) {
        List<Json> items = items();
        return index >= 0 && index < items.size() ? items.get(index) : MISSING;
    }

    /** The fields of an object, in order; empty for anything else. */
    @SuppressWarnings("unchecked")
    public Map<String, Json> fields() {
        return kind == Kind.OBJECT ? (Map<String, Json>) value : Map.of();
    }

    /** The items of an array; empty for anything else. */
    @SuppressWarnings("unchecked")
    public List<Json> items() {
        return kind == Kind.ARRAY ? (List<Json>) value : List.of();
    }

    /** The string this is, if it is a string. */
    public Optional<String> text() {
        return kind == Kind.STRING ? Optional.of((String) value) : Optional.empty();
    }

    /** The string this is, or {@code fallback} when it is anything else. */
    public String text(String fallback) {
        return text().orElse(fallback);
    }

    /** The number this is, if it is a number. */
    public Optional<BigDecimal> number() {
        return kind == Kind.NUMBER ? Optional.of((BigDecimal) value) : Optional.empty();
    }

    /** The whole number this is (a number without a fraction, in range), if it is one. */
    public Optional<Long> integer() {
        try {
            return number().map(BigDecimal::longValueExact);
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The boolean this is, if it is one. */
    public Optional<Boolean> bool() {
        return kind == Kind.BOOLEAN ? Optional.of((Boolean) value) : Optional.empty();
    }

    /** This object with one field set (added last, or replaced in place); fails on anything but an object. */
    public Json with(String field, Object fieldValue) {
        if (kind != Kind.OBJECT) {
            throw new IllegalStateException("only an object has fields, this is " + kind);
        }
        Map<String, Json> copy = new LinkedHashMap<>(fields());
        copy.put(field, of(fieldValue));
        return new Json(Kind.OBJECT, Collections.unmodifiableMap(copy));
    }

    /** This value written as compact JSON; a missing value writes as {@code null}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        switch (kind) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Json> field : fields().entrySet()) {
                    out.append(first ? "" : ",");
                    quote(field.getKey(), out);
                    out.append(':');
                    field.getValue().write(out);
                    first = false;
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < items().size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    items().get(i).write(out);
                }
                out.append(']');
            }
            case STRING -> quote((String) value, out);
            case NUMBER -> out.append(((BigDecimal) value).toString());
            case BOOLEAN -> out.append(value);
            case NULL, MISSING -> out.append("null");
        }
    }

    /** Writes {@code text} as a JSON string, escaping what JSON requires and the characters that could close a script tag. */
    public static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Json json && kind == json.kind && Objects.equals(comparable(), json.comparable());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, comparable());
    }

    private Object comparable() {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }
}
