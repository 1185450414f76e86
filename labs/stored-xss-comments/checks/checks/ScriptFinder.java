package checks;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds script that a browser would run in a parsed page and that carries a marker: a script element, an
 * event-handler attribute, a javascript: URL in an attribute a browser follows, or any of those inside an
 * iframe's srcdoc. Text that merely looks like markup (escaped) is text, and is never reported.
 */
final class ScriptFinder {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data", "content");
    /** Browsers ignore tabs and line breaks anywhere in a URL, and leading spaces and control characters. */
    private static final Pattern IGNORED_IN_URL = Pattern.compile("[\\t\\n\\r]|^[\\x00-\\x20]+");

    private ScriptFinder() {
    }

    /** Where the page runs script containing {@code marker}, or null when it does not. */
    static String find(Document page, String marker) {
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script") && (element.data() + element.text() + element.attr("src")).contains(marker)) {
                return "a <script> element";
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (!value.contains(marker)) {
                    continue;
                }
                if (name.startsWith("on")) {
                    return "an event handler: the " + name + " attribute of a <" + tag + "> element";
                }
                if (URL_ATTRIBUTES.contains(name) && isScriptUrl(value)) {
                    return "a script URL in the " + name + " attribute of a <" + tag + "> element";
                }
                if (name.equals("srcdoc")) {
                    String inside = find(Jsoup.parse(value), marker);
                    if (inside != null) {
                        return inside + " inside an iframe's srcdoc";
                    }
                }
            }
        }
        return null;
    }

    private static boolean isScriptUrl(String value) {
        String url = IGNORED_IN_URL.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        if (url.contains(";url=")) {
            url = url.substring(url.indexOf(";url=") + 5);
        }
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:text/html");
    }
}
