package org.runmuscle.ingest;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
        return factory;
    }

    /**
     * A reader over the document. White space before the XML declaration is skipped: strictly it
     * makes the document malformed, but Strava writes TCX files that way
     * (shared/data/activities-more: sports-lib 6281425038.tcx) and nothing is ambiguous about them.
     */
    static XMLStreamReader reader(byte[] bytes) throws ActivityFormatException {
        int start = 0;
        while (start < bytes.length && start < 4096 && isSpace(bytes[start])) {
            start++;
        }
        try {
            return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** The next parse event; a DOCTYPE is refused the moment it is seen. */
    static int next(XMLStreamReader xml) throws XMLStreamException, ActivityFormatException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw doctypeRefused();
        }
        return event;
    }

    /**
     * Appends the text of the current characters or CDATA event to {@code text} from the parser's
     * own buffer: {@code getText()} made a string of every value, and the readers made another.
     */
    static void appendText(XMLStreamReader xml, XmlText text) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
    }

    private static ActivityFormatException doctypeRefused() {
        return new ActivityFormatException("the XML declares a DOCTYPE, which activity files never need; refused "
                + "so that no entity is expanded and nothing outside the file is read");
    }

    /**
     * Aalto parses text lazily, so an error inside it surfaces from {@code getText()}, which may
     * not throw a checked exception: wrapped, the cause being the parser's own report.
     */
    static ActivityFormatException malformed(UncheckedStreamException e) {
        return e.getCause() instanceof XMLStreamException cause
                ? malformed(cause)
                : new ActivityFormatException("malformed XML: " + e.getMessage());
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
                        .replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", "")
                        .replaceFirst("\\s*at \\[row,col [^\\]]*\\]: \\[\\d+,\\d+\\]\\s*$", "");
        return new ActivityFormatException("malformed XML" + where + ": " + plain(reason));
    }

    /**
     * Aalto's words for the same mistake: "Unbound namespace prefix 'gpxdata' (for element name
     * 'gpxdata:cadence')".
     */
    private static final Pattern UNBOUND =
            Pattern.compile("^Unbound namespace prefix '([^']+)' \\(for (?:element|attribute) name '([^']+)'\\)$");

    private static final Pattern PARSER_KEY = Pattern.compile("^https?://\\S+#(\\w+)\\?(\\S*)\\s*$");

    /**
     * The JDK's parser reports namespace errors as a specification key
     * ("http://www.w3.org/TR/1999/REC-xml-names-19990114#ElementPrefixUnbound?gpxdata&amp;gpxdata:cadence");
     * a runner gets words instead.
     */
    static String plain(String reason) {
        Matcher unbound = UNBOUND.matcher(reason);
        if (unbound.matches()) {
            return "<" + unbound.group(2) + "> uses the prefix '" + unbound.group(1)
                    + "', which the file never declares (the file is not well-formed XML)";
        }
        Matcher key = PARSER_KEY.matcher(reason);
        if (!key.matches()) {
            return reason;
        }
        String[] arguments = key.group(2).split("&");
        return switch (key.group(1)) {
            case "ElementPrefixUnbound", "AttributePrefixUnbound" ->
                arguments.length >= 2
                        ? "<" + arguments[1] + "> uses the prefix '" + arguments[0]
                                + "', which the file never declares (the file is not well-formed XML)"
                        : "a prefix is used that the file never declares (the file is not well-formed XML)";
            default ->
                "the file is not well-formed XML ("
                        + key.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")";
        };
    }
}
