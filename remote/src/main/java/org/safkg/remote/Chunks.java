package org.safkg.remote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** Splits a graph into chunks of triples for sending; a graph with blank nodes stays whole. */
final class Chunks {
    private Chunks() {}

    /**
     * The graph in chunks of at most {@code size} triples. A graph holding blank nodes is one chunk:
     * a store reads each request's blank nodes as new ones, so splitting would break them apart.
     */
    static List<Graph> of(Graph g, int size) {
        if (size < 1) throw new IllegalArgumentException("chunk size must be at least 1, got " + size);
        boolean blank = g.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        List<Graph> out = new ArrayList<>();
        Graph current = null;
        for (Iterator<Triple> it = g.find(); it.hasNext(); ) {
            if (current == null || (!blank && current.size() >= size)) {
                current = GraphFactory.createGraphMem();
                out.add(current);
            }
            current.add(it.next());
        }
        if (out.isEmpty()) out.add(GraphFactory.createGraphMem());
        return out;
    }
}
