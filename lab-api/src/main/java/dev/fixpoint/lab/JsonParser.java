package dev.fixpoint.lab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict recursive-descent parser of RFC 8259 JSON, with a depth limit so that hostile input cannot overflow the stack. */
final class JsonParser {

    private static final int MAX_DEPTH = 512;

    private final String text;
    private int at;
    private int depth;

    JsonParser(String text) {
        this.text = text;
    }

    Json document() {
        Json value = value();
        space();
        if (at != text.length()) {
            throw error("end of input");
        }
        return value;
    }

    private Json value() {
        space();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> Json.ofParsed(Json.Kind.STRING, string());
            case 't' -> literal("true", Json.ofParsed(Json.Kind.BOOLEAN, true));
            case 'f' -> literal("false", Json.ofParsed(Json.Kind.BOOLEAN, false));
            case 'n' -> literal("null", Json.NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("a value");
            }
        };
    }

    private Json object() {
        enter();
        at++;
        Map<String, Json> fields = new LinkedHashMap<>();
        space();
        if (peek('}')) {
            at++;
            depth--;
            return Json.ofParsed(Json.Kind.OBJECT, Collections.unmodifiableMap(fields));
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw error("a field name in double quotes");
            }
            String name = string();
            space();
            expect(':');
            fields.put(name, value());
            space();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                depth--;
                return Json.ofParsed(Json.Kind.OBJECT, Collections.unmodifiableMap(fields));
            }
        }
    }

    private Json array() {
        enter();
        at++;
        List<Json> items = new ArrayList<>();
        space();
        if (peek(']')) {
            at++;
            depth--;
            return Json.ofParsed(Json.Kind.ARRAY, Collections.unmodifiableList(items));
        }
        while (true) {
            items.add(value());
            space();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                depth--;
                return Json.ofParsed(Json.Kind.ARRAY, Collections.unmodifiableList(items));
            }
        }
    }

    private String string() {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("a closing double quote");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("no control character inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("an escape");
            }
            char escape = text.charAt(at++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("four hex digits");
                    }
                    at += 4;
                }
                default -> {
                    at--;
                    throw error("a valid escape");
                }
            }
        }
    }

    private Json number() {
        int start = at;
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (!digits()) {
            throw error("a digit");
        }
        if (peek('.')) {
            at++;
            if (!digits()) {
                throw error("a digit after the decimal point");
            }
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            if (!digits()) {
                throw error("a digit in the exponent");
            }
        }
        return Json.ofParsed(Json.Kind.NUMBER, new BigDecimal(text.substring(start, at)));
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private Json literal(String word, Json value) {
        if (!text.startsWith(word, at)) {
            throw error("a value");
        }
        at += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("at most " + MAX_DEPTH + " nested arrays and objects");
        }
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "'");
        }
        at++;
    }

    private IllegalArgumentException error(String expected) {
        String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end";
        return new IllegalArgumentException("not valid JSON: expected " + expected + " at position " + at + ", found " + found);
    }
}
