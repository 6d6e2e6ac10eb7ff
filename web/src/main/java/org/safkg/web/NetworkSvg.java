package org.safkg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Multigraph;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * A static SVG of a leadership network for papers: laid out on the server by JGraphT's
 * Fruchterman-Reingold algorithm with a fixed seed (the same data gives the same picture), drawn by
 * the network-svg template.
 */
public final class NetworkSvg {
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;
    private static final int MARGIN = 90;
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private NetworkSvg() {}

    /** The picture's model: placed nodes and edges. */
    public record Picture(String title, int width, int height, List<Placed> nodes, List<Line> lines, List<String> kinds) {}

    /** A node at its place. */
    public record Placed(String label, String kind, int x, int y) {}

    /** An edge between two places. */
    public record Line(int x1, int y1, int x2, int y2, String kind) {}

    static String render(LeadershipNetwork net, String title) {
        Graph<String, DefaultEdge> g = new Multigraph<>(DefaultEdge.class);
        net.nodes.forEach(n -> g.addVertex(n.id()));
        net.edges.forEach(e -> {
            if (!e.source().equals(e.target())) g.addEdge(e.source(), e.target());
        });
        LayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(MARGIN, MARGIN, WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN));
        if (!net.nodes.isEmpty()) new FRLayoutAlgorithm2D<String, DefaultEdge>(300, 0.5, new Random(13)).layout(g, model);
        Map<String, int[]> at = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (var n : net.nodes) {
            Point2D p = model.get(n.id());
            int x = (int) Math.round(Math.max(MARGIN, Math.min(WIDTH - MARGIN, p.getX())));
            int y = (int) Math.round(Math.max(MARGIN, Math.min(HEIGHT - MARGIN, p.getY())));
            at.put(n.id(), new int[] {x, y});
            placed.add(new Placed(n.label().length() > 48 ? n.label().substring(0, 47) + "…" : n.label(), n.kind(), x, y));
        }
        List<Line> lines = new ArrayList<>();
        for (var e : net.edges) {
            int[] a = at.get(e.source());
            int[] b = at.get(e.target());
            lines.add(new Line(a[0], a[1], b[0], b[1], e.kind()));
        }
        List<String> kinds = net.nodes.stream().map(LeadershipNetwork.NetNode::kind).distinct().toList();
        StringOutput out = new StringOutput();
        ENGINE.render("network-svg.jte", new Picture(title, WIDTH, HEIGHT, placed, lines, kinds), out);
        return out.toString();
    }
}
