package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TopicMapTest {

    /** Twelve topics in two groups and two loose ones, with hostile text in one label. */
    static List<TopicMap.Node> nodes() {
        List<TopicMap.Node> nodes = new ArrayList<>();
        String[] names = {"Reinforcement learning", "Large language models", "RLHF", "Knowledge distillation",
            "Process reward models", "Reward model", "Gemma", "Gemini", "Deep reinforcement learning",
            "<script>alert('x')</script> & co", "Mirror descent value iteration", "State representations"};
        for (int i = 0; i < names.length; i++) {
            nodes.add(new TopicMap.Node(names[i], names[i] + ": " + (20 - i) + " papers", 20 - i,
                    "topic-" + i + "/index.html"));
        }
        return nodes;
    }

    static List<TopicMap.Edge> edges() {
        return List.of(new TopicMap.Edge(0, 1, 6), new TopicMap.Edge(0, 2, 4), new TopicMap.Edge(1, 2, 3),
                new TopicMap.Edge(1, 3, 2), new TopicMap.Edge(4, 5, 2), new TopicMap.Edge(1, 5, 1),
                new TopicMap.Edge(0, 8, 4), new TopicMap.Edge(0, 10, 2), new TopicMap.Edge(0, 11, 2),
                new TopicMap.Edge(6, 7, 1));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theMapIsWellFormedSvgWithALinkPerTopic() throws Exception {
        Document svg = parse(TopicMap.svg(nodes(), edges(), "Topic map & more"));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        NodeList links = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
        assertEquals(12, links.getLength());
        for (int i = 0; i < links.getLength(); i++) {
            assertEquals("topic-" + i + "/index.html", ((Element) links.item(i)).getAttribute("href"));
        }
        assertEquals(10, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength());
    }

    @Test
    void labelsAreEscapedText() throws Exception {
        String svg = TopicMap.svg(nodes(), edges(), "Map");
        assertFalse(svg.contains("<script>"));
        Document doc = parse(svg);
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        assertEquals("<script>alert('x')</script> & co", texts.item(9).getTextContent());
    }

    @Test
    void labelsAreAsWideAsChromiumDrawsThemInDejaVuSansWithTheirHalo() {
        // getComputedTextLength() of the default site's labels at 14px, Chromium on Debian (system-ui: DejaVu Sans):
        // never less, at most 2 more (kerning)
        Map<String, Double> measured = Map.of("Self-improvement and synthetic\u2026", 238.1,
                "Long context and in-context\u2026", 210.7, "Gemini and Gemma", 140.2, "Kullback-Leibler", 110.6,
                "Fine-tuning", 78.3, "Reasoning and test-time compute", 237.5);
        measured.forEach((label, width) -> {
            double estimate = TopicMap.textWidth(label) - TopicMap.HALO;
            assertTrue(estimate >= width - 0.5 && estimate <= width + 2, label + ": " + estimate + " for " + width);
        });
        assertEquals(TopicMap.textWidth("Kullback-Leibler"), TopicMap.textWidth("K\u00fcllback-Leibler"), 0.01,
                "an accented letter is as wide as its letter");
    }

    @Test
    void noTwoCirclesOrLabelsOverlap() throws Exception {
        Document doc = parse(TopicMap.svg(nodes(), edges(), "Map"));
        NodeList circles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<double[]> boxes = new ArrayList<>();
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            double x = Double.parseDouble(c.getAttribute("cx"));
            double y = Double.parseDouble(c.getAttribute("cy"));
            double r = Double.parseDouble(c.getAttribute("r"));
            boxes.add(new double[] {x - r, y - r, x + r, y + r});
            Element t = (Element) texts.item(i);
            double w = TopicMap.textWidth(t.getTextContent());
            double baseline = Double.parseDouble(t.getAttribute("y"));
            double tx = Double.parseDouble(t.getAttribute("x"));
            boxes.add(new double[] {tx - w / 2, baseline - TopicMap.FONT_SIZE, tx + w / 2,
                baseline + TopicMap.FONT_SIZE * 0.25});
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (i / 2 == j / 2) {
                    continue; // a circle and its own label
                }
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertFalse(overlap, "boxes " + i + " and " + j + " overlap");
            }
        }
        String viewBox = doc.getDocumentElement().getAttribute("viewBox");
        double width = Double.parseDouble(viewBox.split(" ")[2]);
        for (double[] box : boxes) {
            assertTrue(box[0] >= 0 && box[2] <= width, "inside the picture");
        }
    }

    @Test
    void theSameTopicsGiveTheSameMap() {
        assertEquals(TopicMap.svg(nodes(), edges(), "Map"), TopicMap.svg(nodes(), edges(), "Map"));
    }

    @Test
    void noTopicsNoMap() {
        assertEquals("", TopicMap.svg(List.of(), List.of(), "Map"));
    }
}
