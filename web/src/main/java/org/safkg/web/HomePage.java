package org.safkg.web;

import java.util.List;

/** The home page's model: counts read from the graph, the studies, and the episode pattern as an SVG picture. */
public record HomePage(boolean researcher, List<Count> counts, List<Link> studies, String patternSvg) {
    /** How many resources of one kind the graph holds. */
    public record Count(String label, long count) {}
}
