package org.safkg.web;

import java.util.List;

/** The model of a leadership network page: the interactive view's data URL, and the same nodes as lists of links. */
public record NetworkPage(boolean researcher, String title, Value scope, String dataHref, String svgHref, List<Group> groups, int edgeCount) {
    /** The nodes of one kind. */
    public record Group(String kind, List<Value> nodes) {}
}
