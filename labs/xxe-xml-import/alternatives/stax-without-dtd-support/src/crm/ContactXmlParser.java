package crm;

import org.xml.sax.SAXException;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
 * Pulled with StAX, one event at a time.
 */
public class ContactXmlParser {

    private static final Set<String> FIELDS = Set.of("name", "email", "company", "notes");

    private final XMLInputFactory factory = XMLInputFactory.newInstance();

    public ContactXmlParser() {
        // No DTD support: a DOCTYPE declares nothing and loads nothing, so the only entities are the predefined ones
        // and an undeclared reference is an error. External entities are off as well, should DTDs ever come back.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // CDATA sections and text arrive as one piece of text.
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Big exports from the old CRM hold more escaped characters (&amp; ...) than the JDK's size limits count;
        // without DTDs those limits only count the predefined entities, which never make a document bigger.
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
    }

    /** The contacts of an export, in document order. */
    public List<Contact> parse(Path file) throws IOException, SAXException, ParserConfigurationException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            List<Contact> contacts = new ArrayList<>();
            String id = null;
            Map<String, String> fields = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = reader.getLocalName();
                    if (tag.equals("contact") && fields == null) {
                        String value = reader.getAttributeValue(null, "id");
                        id = value == null ? "" : value;
                        fields = new HashMap<>();
                    } else if (fields != null && FIELDS.contains(tag) && !fields.containsKey(tag)) {
                        fields.put(tag, text(reader));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && fields != null && reader.getLocalName().equals("contact")) {
                    contacts.add(new Contact(id, fields.getOrDefault("name", ""), fields.getOrDefault("email", ""),
                            fields.getOrDefault("company", ""), fields.getOrDefault("notes", "")));
                    fields = null;
                }
            }
            reader.close();
            return contacts;
        } catch (XMLStreamException e) {
            throw new SAXException(e.getMessage(), e);
        }
    }

    /** The text of the element the reader is on, nested elements' text included, as DOM's getTextContent gives it. */
    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                text.append(reader.getText());
            }
        }
        return text.toString().strip();
    }
}
