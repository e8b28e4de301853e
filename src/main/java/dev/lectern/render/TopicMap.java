package dev.lectern.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The map of the topics index, drawn at build time as inline SVG: each topic a circle sized by its papers and
 * linked to its page, lines between topics that share papers. A force-directed layout (Fruchterman and Reingold,
 * from JGraphT, with a fixed seed) places the topics; then nodes are pushed apart until no two labels or circles
 * overlap. The same topics give the same bytes; no script is needed to show it.
 */
final class TopicMap {

    /** The seed of the layout's random start, fixed so that the map is the same on every build. */
    static final long SEED = 20_240_601L;
    /** Label size in the SVG's units. */
    static final double FONT_SIZE = 14;
    private static final double MIN_RADIUS = 6;
    private static final double MAX_RADIUS = 26;
    private static final double GAP = 6;
    private static final double MARGIN = 12;
    /** Groups of topics are set in rows about this wide. */
    private static final double ROW_WIDTH = 720;

    /**
     * A topic on the map.
     *
     * @param label  the text under its circle
     * @param title  the tooltip: its full name and size
     * @param papers its papers, for the circle's size
     * @param href   its page, relative to the page that shows the map
     */
    record Node(String label, String title, int papers, String href) {
    }

    /**
     * Two topics that share papers, as indexes into the nodes.
     *
     * @param a      one topic
     * @param b      the other
     * @param shared how many papers they share
     */
    record Edge(int a, int b, int shared) {
    }

    /** Where a node ended up, and the box its circle and label take. */
    private static final class Placed {
        double x;
        double y;
        final double r;
        final double labelWidth;

        Placed(double x, double y, double r, double labelWidth) {
            this.x = x;
            this.y = y;
            this.r = r;
            this.labelWidth = labelWidth;
        }

        double left() {
            return x - Math.max(r, labelWidth / 2) - GAP;
        }

        double right() {
            return x + Math.max(r, labelWidth / 2) + GAP;
        }

        double top() {
            return y - r - GAP / 2;
        }

        double bottom() {
            return y + r + 4 + FONT_SIZE * 1.25 + GAP / 2;
        }
    }

    private TopicMap() {
    }

    /** The map as an {@code <svg>} element, or an empty string when there are no topics. */
    static String svg(List<Node> nodes, List<Edge> edges, String caption) {
        if (nodes.isEmpty()) {
            return "";
        }
        List<Placed> placed = layout(nodes, edges);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Placed p : placed) {
            minX = Math.min(minX, p.left());
            minY = Math.min(minY, p.top());
            maxX = Math.max(maxX, p.right());
            maxY = Math.max(maxY, p.bottom());
        }
        for (Placed p : placed) {
            p.x = round(p.x - minX + MARGIN);
            p.y = round(p.y - minY + MARGIN);
        }
        double width = Math.ceil(maxX - minX + 2 * MARGIN);
        double height = Math.ceil(maxY - minY + 2 * MARGIN);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topic-map\" viewBox=\"0 0 ")
                .append(number(width)).append(' ').append(number(height)).append("\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" aria-labelledby=\"topic-map-title\">\n");
        svg.append("<title id=\"topic-map-title\">");
        escape(caption, svg);
        // presentation attributes draw the map where the theme's CSS does not reach (a feed reader, the file alone)
        svg.append("</title>\n<g class=\"topic-map__edges\" stroke=\"#c3c8cf\">\n");
        int maxShared = edges.stream().mapToInt(Edge::shared).max().orElse(1);
        for (Edge e : edges) {
            Placed a = placed.get(e.a());
            Placed b = placed.get(e.b());
            double w = 1 + 3 * Math.sqrt((double) e.shared() / maxShared);
            svg.append("<line x1=\"").append(number(a.x)).append("\" y1=\"").append(number(a.y))
                    .append("\" x2=\"").append(number(b.x)).append("\" y2=\"").append(number(b.y))
                    .append("\" stroke-width=\"").append(number(round(w))).append("\"><title>");
            escape(nodes.get(e.a()).label() + " and " + nodes.get(e.b()).label() + ": " + e.shared()
                    + (e.shared() == 1 ? " paper" : " papers") + " in common", svg);
            svg.append("</title></line>\n");
        }
        svg.append("</g>\n<g class=\"topic-map__nodes\" font-size=\"").append(number(FONT_SIZE))
                .append("\" text-anchor=\"middle\">\n");
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            Placed p = placed.get(i);
            svg.append("<a class=\"topic-map__node\" href=\"");
            escape(node.href(), svg);
            svg.append("\"><title>");
            escape(node.title(), svg);
            svg.append("</title><circle cx=\"").append(number(p.x)).append("\" cy=\"").append(number(p.y))
                    .append("\" r=\"").append(number(round(p.r)))
                    .append("\" fill=\"#eef0fa\" stroke=\"#3446a8\"/><text x=\"").append(number(p.x))
                    .append("\" y=\"").append(number(round(p.y + p.r + 4 + FONT_SIZE))).append("\">");
            escape(node.label(), svg);
            svg.append("</text></a>\n");
        }
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    /**
     * A force-directed layout of each group of connected topics, attraction growing with the papers two topics share,
     * then the groups side by side in rows, the largest first, so that loose topics do not drift to the corners.
     */
    private static List<Placed> layout(List<Node> nodes, List<Edge> edges) {
        int n = nodes.size();
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        for (Edge e : edges) {
            if (e.a() != e.b() && !graph.containsEdge(e.a(), e.b())) {
                graph.setEdgeWeight(graph.addEdge(e.a(), e.b()), e.shared());
            }
        }
        int maxPapers = nodes.stream().mapToInt(Node::papers).max().orElse(1);
        List<Placed> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            double r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) node.papers() / maxPapers);
            placed.add(new Placed(0, 0, r, textWidth(node.label())));
        }
        // components in the order of their largest topic (nodes come largest first)
        List<Set<Integer>> components = new ConnectivityInspector<>(graph).connectedSets().stream()
                .map(c -> (Set<Integer>) new TreeSet<>(c))
                .sorted(Comparator.comparingInt((Set<Integer> c) -> -c.size())
                        .thenComparingInt(c -> ((TreeSet<Integer>) c).first()))
                .toList();
        List<double[]> boxes = new ArrayList<>(); // minX, minY, maxX, maxY of each component
        for (Set<Integer> component : components) {
            if (component.size() > 1) {
                Graph<Integer, DefaultWeightedEdge> sub = new AsSubgraph<>(graph, component);
                double side = 105 * Math.sqrt(component.size());
                LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(side * 1.4, side));
                new WeightedFRLayout(300, new Random(SEED)).layout(sub, model);
                for (int v : component) {
                    placed.get(v).x = model.get(v).getX();
                    placed.get(v).y = model.get(v).getY();
                }
                List<Placed> members = component.stream().map(placed::get).toList();
                separate(members);
                fitWidth(members);
            }
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int v : component) {
                Placed p = placed.get(v);
                box[0] = Math.min(box[0], p.left());
                box[1] = Math.min(box[1], p.top());
                box[2] = Math.max(box[2], p.right());
                box[3] = Math.max(box[3], p.bottom());
            }
            boxes.add(box);
        }
        // shelf packing: rows no wider than the widest group, or a readable width
        double rowWidth = Math.max(ROW_WIDTH, boxes.stream().mapToDouble(b -> b[2] - b[0]).max().orElse(0));
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        for (int c = 0; c < components.size(); c++) {
            double[] box = boxes.get(c);
            double w = box[2] - box[0];
            double h = box[3] - box[1];
            if (x > 0 && x + w > rowWidth) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            for (int v : components.get(c)) {
                placed.get(v).x += x - box[0];
                placed.get(v).y += y - box[1];
            }
            x += w + GAP;
            rowHeight = Math.max(rowHeight, h + GAP);
        }
        return placed;
    }

    /**
     * Pushes overlapping nodes apart along the axis where they overlap least, half each, until none overlap; every
     * 50 rounds without success, the whole layout is spread a little, which ends it for certain.
     */
    private static void separate(List<Placed> placed) {
        if (placed.size() < 2) {
            return;
        }
        for (int round = 0; round < 10_000; round++) {
            boolean moved = false;
            for (int i = 0; i < placed.size(); i++) {
                for (int j = i + 1; j < placed.size(); j++) {
                    moved |= pushApart(placed.get(i), placed.get(j));
                }
            }
            if (!moved) {
                return;
            }
            if (round % 50 == 49) {
                spread(placed, 1.1);
            }
        }
    }

    /**
     * Moves two overlapping nodes apart along the line between them, just far enough, so that the layout keeps its
     * shape; nodes at the same place move sideways, the earlier one to the left.
     */
    private static boolean pushApart(Placed a, Placed b) {
        double ox = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        double oy = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        if (ox <= 0 || oy <= 0) {
            return false;
        }
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length < 1e-9) {
            dx = 1;
            dy = 0;
            length = 1;
        }
        double ux = dx / length;
        double uy = dy / length;
        // the distance along (ux, uy) that clears the overlap on one axis or the other
        double t = Math.min(Math.abs(ux) > 1e-9 ? ox / Math.abs(ux) : Double.MAX_VALUE,
                Math.abs(uy) > 1e-9 ? oy / Math.abs(uy) : Double.MAX_VALUE);
        double step = t / 2 + 0.5;
        a.x -= ux * step;
        a.y -= uy * step;
        b.x += ux * step;
        b.y += uy * step;
        return true;
    }

    /**
     * Narrows a group wider than a page column: squeezes it sideways a little and separates it again, a few times,
     * so that the map is shown at a size where its labels can be read, taller rather than wider.
     */
    private static void fitWidth(List<Placed> placed) {
        for (int round = 0; round < 20 && width(placed) > ROW_WIDTH; round++) {
            double before = width(placed);
            double cx = placed.stream().mapToDouble(p -> p.x).average().orElse(0);
            for (Placed p : placed) {
                p.x = cx + (p.x - cx) * 0.85;
            }
            separate(placed);
            if (width(placed) >= before) {
                return;
            }
        }
    }

    private static double width(List<Placed> placed) {
        double left = placed.stream().mapToDouble(Placed::left).min().orElse(0);
        double right = placed.stream().mapToDouble(Placed::right).max().orElse(0);
        return right - left;
    }

    private static void spread(List<Placed> placed, double factor) {
        double cx = placed.stream().mapToDouble(p -> p.x).average().orElse(0);
        double cy = placed.stream().mapToDouble(p -> p.y).average().orElse(0);
        for (Placed p : placed) {
            p.x = cx + (p.x - cx) * factor;
            p.y = cy + (p.y - cy) * factor;
        }
    }

    /**
     * The advance of each printable ASCII character (from the space on) in DejaVu Sans, in thousandths of an em, as
     * Chromium measures it. Of the fonts the theme's stack resolves to (system-ui: DejaVu Sans on most Linux desktops,
     * Segoe UI, San Francisco, Roboto, Liberation Sans or Arial elsewhere) it is the widest, so that labels laid out
     * for it have room in any of them.
     */
    private static final int[] ADVANCES = {
            318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
            636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
            575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
            611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
            278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
    };
    /** The light outline around each label (the CSS's stroke on the text, drawn under it), both sides together. */
    static final double HALO = 3;

    /**
     * The width a label takes with its halo: its characters' widths in the widest likely font (accented letters as
     * their base letter, anything else beyond ASCII as a full em); no font is measured at build time.
     */
    static double textWidth(String label) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFD);
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~') {
                em += ADVANCES[c - ' '] / 1000.0;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                em += 1;
            }
        }
        return em * FONT_SIZE + HALO;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * {@code v}, a multiple of 0.1 (see {@link #round}), as the SVG writes it: {@code 12} or {@code -3.5}; the same
     * text as {@code %.1f}, without a Formatter per number (a cold Formatter made the map a third slower to write).
     */
    private static String number(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        long tenths = Math.abs(Math.round(v * 10));
        return (v < 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }

    /** XML-escapes {@code text} into {@code out}, for element text and attribute values alike. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 does not allow at all are dropped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Fruchterman and Reingold, with each edge pulling in proportion to the logarithm of its weight. */
    private static final class WeightedFRLayout extends FRLayoutAlgorithm2D<Integer, DefaultWeightedEdge> {

        /** The tolerance under which JGraphT takes two coordinates for the same. */
        private static final double SAME_POINT = 1e-9;

        WeightedFRLayout(int iterations, Random random) {
            super(iterations, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, random, SAME_POINT);
        }

        /**
         * JGraphT's repulsive forces with the same arithmetic in the same order, on arrays: its own version boxes
         * every coordinate and allocates points for each of the n^2 pairs, which made it most of the map's time.
         */
        @Override
        protected Map<Integer, Point2D> calculateRepulsiveForces(Graph<Integer, DefaultWeightedEdge> graph,
                                                                 LayoutModel2D<Integer> model) {
            Box2D area = model.getDrawableArea();
            List<Integer> vertices = new ArrayList<>(graph.vertexSet());
            int n = vertices.size();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                Point2D p = model.get(vertices.get(i));
                x[i] = p.getX() - area.getMinX();
                y[i] = p.getY() - area.getMinY();
            }
            Map<Integer, Point2D> displacement = new HashMap<>();
            for (int i = 0; i < n; i++) {
                double dispX = 0;
                double dispY = 0;
                for (int j = 0; j < n; j++) {
                    if (i == j || Math.abs(x[i] - x[j]) < SAME_POINT && Math.abs(y[i] - y[j]) < SAME_POINT) {
                        continue;
                    }
                    double dx = x[i] - x[j];
                    double dy = y[i] - y[j];
                    double length = Math.sqrt(dx * dx + dy * dy);
                    double factor = repulsiveForce(length) / length;
                    dispX = dispX + dx * factor;
                    dispY = dispY + dy * factor;
                }
                displacement.put(vertices.get(i), Point2D.of(dispX, dispY));
            }
            return displacement;
        }

        @Override
        protected Map<Integer, Point2D> calculateAttractiveForces(Graph<Integer, DefaultWeightedEdge> graph,
                                                                 LayoutModel2D<Integer> model) {
            Map<Integer, Point2D> displacement = new HashMap<>();
            for (DefaultWeightedEdge e : graph.edgeSet()) {
                int u = graph.getEdgeSource(e);
                int v = graph.getEdgeTarget(e);
                Point2D pu = model.get(u);
                Point2D pv = model.get(v);
                double dx = pu.getX() - pv.getX();
                double dy = pu.getY() - pv.getY();
                double distance = Math.sqrt(dx * dx + dy * dy);
                if (distance == 0) {
                    continue;
                }
                double force = attractiveForce(distance) * (1 + Math.log(graph.getEdgeWeight(e)));
                double fx = dx / distance * force;
                double fy = dy / distance * force;
                displacement.merge(u, Point2D.of(-fx, -fy), TopicMap::add);
                displacement.merge(v, Point2D.of(fx, fy), TopicMap::add);
            }
            return displacement;
        }
    }

    private static Point2D add(Point2D a, Point2D b) {
        return Point2D.of(a.getX() + b.getX(), a.getY() + b.getY());
    }
}
