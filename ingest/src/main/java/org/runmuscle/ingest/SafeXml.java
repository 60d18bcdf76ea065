package org.runmuscle.ingest;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that can be handed any bytes: DTDs are not processed, external entities are never
 * resolved, and a document that declares a DOCTYPE at all is refused by the readers as soon as it
 * is seen, before any entity could expand. No network, no disk, bounded work.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
        return factory;
    }

    static XMLStreamReader reader(byte[] bytes) throws ActivityFormatException {
        try {
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The next parse event; a DOCTYPE is refused the moment it is seen. */
    static int next(XMLStreamReader xml) throws XMLStreamException, ActivityFormatException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw doctypeRefused();
        }
        return event;
    }

    private static ActivityFormatException doctypeRefused() {
        return new ActivityFormatException("the XML declares a DOCTYPE, which activity files never need; refused "
                + "so that no entity is expanded and nothing outside the file is read");
    }

    static ActivityFormatException malformed(XMLStreamException e) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber();
        String reason = e.getMessage() == null
                ? ""
                : e.getMessage()
                        .replaceAll("\\s+", " ")
                        .replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", "");
        return new ActivityFormatException("malformed XML" + where + ": " + reason);
    }
}
