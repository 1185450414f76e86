package crm;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads contact exports:
 *
 * <pre>{@code
 * <contacts>
 *   <contact id="CRM-1042">
 *     <name>Ada Lovelace</name>
 *     <email>ada@example.com</email>
 *     <company>Babbage &amp; Co</company>
 *     <notes>Met at the expo</notes>
 *   </contact>
 * </contacts>
 * }</pre>
 *
 * Streamed with SAX: the contacts are collected as the parser reads, without building a DOM.
 */
public class ContactXmlParser {

    private static final Set<String> FIELDS = Set.of("name", "email", "company", "notes");

    private final SAXParserFactory factory = SAXParserFactory.newInstance();

    public ContactXmlParser() throws ParserConfigurationException, SAXException {
        // A contact export has no use for a DTD: a document that declares one is refused before any entity exists.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
    }

    /** The contacts of an export, in document order. */
    public List<Contact> parse(Path file) throws IOException, SAXException, ParserConfigurationException {
        SAXParser parser = factory.newSAXParser();
        // Without a DTD only the predefined entities (&amp; ...) remain, which never make a document bigger than it
        // is: big exports from the old CRM hold more of them than the default size limits count, so those are lifted.
        // The entity expansion limit keeps its default.
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        parser.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        parser.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        ContactHandler handler = new ContactHandler();
        parser.parse(file.toFile(), handler);
        return handler.contacts;
    }

    /** Collects each contact's id and the text of its first name, email, company and notes elements. */
    private static final class ContactHandler extends DefaultHandler {

        private final List<Contact> contacts = new ArrayList<>();
        private String id;
        private Map<String, String> fields;
        private String field;
        private int depth;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (qName.equals("contact") && fields == null) {
                id = attributes.getValue("id") == null ? "" : attributes.getValue("id");
                fields = new HashMap<>();
            } else if (fields != null && field != null) {
                depth++;
            } else if (fields != null && FIELDS.contains(qName) && !fields.containsKey(qName)) {
                field = qName;
                depth = 0;
                text.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (field != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (field != null && depth > 0) {
                depth--;
            } else if (field != null && qName.equals(field)) {
                fields.put(field, text.toString().strip());
                field = null;
            } else if (fields != null && qName.equals("contact")) {
                contacts.add(new Contact(id, fields.getOrDefault("name", ""), fields.getOrDefault("email", ""),
                        fields.getOrDefault("company", ""), fields.getOrDefault("notes", "")));
                fields = null;
            }
        }
    }
}
