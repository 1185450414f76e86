package dev.fixpoint.runtime.java;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** Parses, queries and escapes a small page. */
final class Jsoup {

    private Jsoup() {
    }

    static void run(int rounds) {
        for (int i = 0; i < rounds; i++) {
            Document page = org.jsoup.Jsoup.parse("<html><head><title>t" + i + "</title></head><body><p class=c>a &amp; b</p><a href='/x'>x</a></body></html>");
            page.select("p.c").text();
            page.title();
            Entities.escape("<b>\"" + i + "\"</b>");
        }
    }
}
