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

/** The body map has every atlas muscle as its own shape, each reachable by keyboard once, and nothing else. */
class BodyMapTest {
    @Test
    void everyAtlasMuscleHasItsOwnShapesAndOneKeyboardStop() throws Exception {
        Document svg;
        try (InputStream in = BodyMapTest.class.getResourceAsStream("/web/bodymap.svg")) {
            svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Set<String> drawn = new TreeSet<>();
        Map<String, Integer> focusable = new HashMap<>();
        for (String tag : new String[] {"ellipse", "polygon"}) {
            NodeList shapes = svg.getElementsByTagName(tag);
            for (int i = 0; i < shapes.getLength(); i++) {
                Element shape = (Element) shapes.item(i);
                String id = shape.getAttribute("data-muscle");
                if (id.isEmpty()) {
                    continue;
                }
                drawn.add(id);
                if (shape.hasAttribute("tabindex")) {
                    focusable.merge(id, 1, Integer::sum);
                    assertThat(shape.getAttribute("aria-label")).isNotBlank();
                }
                assertThat(shape.getElementsByTagName("title").getLength())
                        .as(id)
                        .isEqualTo(1);
            }
        }
        Set<String> atlas =
                new TreeSet<>(Atlas.load().muscles().stream().map(Muscle::id).toList());
        assertThat(drawn).isEqualTo(atlas);
        assertThat(focusable)
                .hasSize(atlas.size())
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }
}
