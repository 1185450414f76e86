package dev.fixpoint.cli;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A lab assigned to a developer, as the server's findings and gate answers give it, with the day it is due. */
record Assignment(String lab, String title, String developer, String due, String url) {

    static Assignment of(JsonNode json) {
        return new Assignment(json.path("lab").asString(""), json.path("title").asString(""), json.path("developer").asString(""),
                day(json.path("dueAt").asString("")), json.path("url").asString(""));
    }

    /** The lab's title and id, as a reader finds it on the server and in {@code fixpoint labs}. */
    String named() {
        return title.isEmpty() ? lab : title + " (" + lab + ")";
    }

    /** The day in UTC, the time zone of CI logs; a time the CLI cannot read is shown as it came. */
    private static String day(String dueAt) {
        try {
            return Instant.parse(dueAt).atZone(ZoneOffset.UTC).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return dueAt;
        }
    }
}
