package org.safkg.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;

/** Splits a graph into chunks of triples for sending; a graph with blank nodes stays whole. */
final class Chunks {
    private Chunks() {}

    /**
     * The graph in chunks of at most {@code size} triples. A graph holding blank nodes is one chunk:
     * a store reads each request's blank nodes as new ones, so splitting would break them apart.
     */
    static List<Graph> of(Graph g, int size) {
        requirePositive(size);
        boolean blank = g.stream().anyMatch(Chunks::hasBlankNode);
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

    /**
     * An N-Triples file's triples in chunks of at most {@code size}, read as they are sent: only one chunk is in memory.
     * A file with blank nodes ({@code blank}) is read whole into one chunk, for the reason above.
     */
    static void ofFile(Path nTriples, boolean blank, int size, Consumer<Graph> chunk) {
        requirePositive(size);
        RDFParser.source(nTriples).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
            private Graph current = GraphFactory.createGraphMem();
            private boolean sentAny;

            @Override
            public void triple(Triple t) {
                if (!blank && current.size() >= size) send();
                current.add(t);
            }

            @Override
            public void finish() {
                if (!current.isEmpty() || !sentAny) send();
            }

            private void send() {
                chunk.accept(current);
                sentAny = true;
                current = GraphFactory.createGraphMem();
            }
        });
    }

    static boolean hasBlankNode(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }

    private static void requirePositive(int size) {
        if (size < 1) throw new IllegalArgumentException("chunk size must be at least 1, got " + size);
    }
}
