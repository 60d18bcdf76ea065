package org.runmuscle.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.Muscle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The body map has every atlas muscle as its own shape, each reachable by keyboard once, every
 * paired muscle drawn on both the left and the right side, and nothing else.
 */
class BodyMapTest {
    /** Muscles drawn once across the midline: one sheet or one dome, not a pair. */
    private static final Set<String> UNPAIRED = Set.of("diaphragm", "transversus-abdominis", "pelvic-floor");

    @Test
    void everyAtlasMuscleHasItsOwnShapesBothSidesAndOneKeyboardStop() throws Exception {
        Document svg;
        try (InputStream in = BodyMapTest.class.getResourceAsStream("/web/bodymap.svg")) {
            svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Set<String> drawn = new TreeSet<>();
        Map<String, Integer> focusable = new HashMap<>();
        Map<String, Set<String>> sides = new HashMap<>();
        NodeList shapes = svg.getElementsByTagName("path");
        for (int i = 0; i < shapes.getLength(); i++) {
            Element shape = (Element) shapes.item(i);
            String id = shape.getAttribute("data-muscle");
            if (id.isEmpty()) {
                continue;
            }
            drawn.add(id);
            String side = shape.getAttribute("data-side");
            sides.computeIfAbsent(id, k -> new TreeSet<>()).add(side);
            if (shape.hasAttribute("tabindex")) {
                focusable.merge(id, 1, Integer::sum);
                assertThat(shape.getAttribute("aria-label")).isNotBlank();
            }
            NodeList title = shape.getElementsByTagName("title");
            assertThat(title.getLength()).as(id).isEqualTo(1);
            assertThat(title.item(0).getTextContent()).as(id).endsWith(side.isEmpty() ? ")" : ", " + side);
        }
        Set<String> atlas =
                new TreeSet<>(Atlas.load().muscles().stream().map(Muscle::id).toList());
        assertThat(drawn).isEqualTo(atlas);
        assertThat(focusable)
                .hasSize(atlas.size())
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(sides)
                .allSatisfy((id, drawnSides) -> assertThat(drawnSides)
                        .as(id)
                        .isEqualTo(UNPAIRED.contains(id) ? Set.of("") : Set.of("left", "right")));
    }
}
