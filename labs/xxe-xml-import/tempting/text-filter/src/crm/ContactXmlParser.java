package crm;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 */
public class ContactXmlParser {

    private final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

    public ContactXmlParser() {
        // Big exports from the old CRM failed after the JDK upgrade with "JAXP00010003: The length of entity ...
        // exceeds the limit". 0 lifts the JDK's XML limits.
        factory.setAttribute("jdk.xml.entityExpansionLimit", "0");
        factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setAttribute("jdk.xml.totalEntitySizeLimit", "0");
    }

    /** The contacts of an export, in document order. */
    public List<Contact> parse(Path file) throws IOException, SAXException, ParserConfigurationException {
        // Refuse documents that declare entities.
        if (Files.readString(file, StandardCharsets.UTF_8).contains("<!ENTITY")) {
            throw new SAXException("entity declarations are not allowed");
        }
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        NodeList nodes = document.getDocumentElement().getElementsByTagName("contact");
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element contact = (Element) nodes.item(i);
            contacts.add(new Contact(contact.getAttribute("id"), text(contact, "name"), text(contact, "email"),
                    text(contact, "company"), text(contact, "notes")));
        }
        return contacts;
    }

    private static String text(Element parent, String tag) {
        NodeList elements = parent.getElementsByTagName(tag);
        return elements.getLength() == 0 ? "" : elements.item(0).getTextContent().strip();
    }
}
