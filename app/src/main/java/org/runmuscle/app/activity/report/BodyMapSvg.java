package org.runmuscle.app.activity.report;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.runmuscle.app.output.HeatScale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The web app's body map ({@code /web/bodymap.svg}) coloured for a report: each muscle's shape
 * filled by its load's share of the most loaded muscle, its title saying the load, and the
 * links and focus stops of the interactive map taken out. Edited as XML, never as text.
 */
final class BodyMapSvg {
    private final Document template;

    BodyMapSvg(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            this.template =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("the body map SVG is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The map with each muscle of {@code loads} (body-weight seconds by muscle id) coloured and titled. */
    String coloured(Map<String, Double> loads) {
        double max =
                loads.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Document svg = (Document) template.cloneNode(true);
        Element root = svg.getDocumentElement();
        root.setAttribute("focusable", "false");
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element shape = (Element) all.item(i);
            String id = shape.getAttribute("data-muscle");
            if (id.isEmpty()) {
                continue;
            }
            double load = loads.getOrDefault(id, 0.0);
            shape.setAttribute("style", "--fill:" + HeatScale.colour(max > 0 ? load / max : 0));
            shape.removeAttribute("tabindex");
            shape.removeAttribute("role");
            shape.removeAttribute("aria-label");
            Node title = shape.getElementsByTagName("title").item(0);
            if (title != null) {
                title.setTextContent(title.getTextContent() + ": " + Math.round(load) + " BW·s");
            }
        }
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the body map: " + e.getMessage(), e);
        }
    }
}
