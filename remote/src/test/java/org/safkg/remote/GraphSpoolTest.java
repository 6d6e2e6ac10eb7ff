package org.safkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quads spooled to disk come back per graph, sorted by name, each triple once, in chunks of the size asked for. */
class GraphSpoolTest {
    @TempDir
    Path tmp;
    private static final Node A = NodeFactory.createURI("https://w3id.org/safkg/graph/a");
    private static final Node B = NodeFactory.createURI("https://w3id.org/safkg/graph/b");

    private static Triple label(Node s, String text) {
        return Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(text, "en"));
    }

    private static List<Graph> chunks(PushedGraph g, int size) {
        List<Graph> out = new ArrayList<>();
        g.chunks().forEachChunk(size, out::add);
        return out;
    }

    @Test
    void graphsComeBackSortedWholeInChunksOfTheSizeAskedAndTheFolderIsDeletedOnClose() throws Exception {
        Graph b = GraphFactory.createGraphMem();
        Graph a = GraphFactory.createGraphMem();
        List<PushedGraph> graphs;
        try (GraphSpool spool = GraphSpool.in(tmp)) {
            for (int i = 0; i < 25; i++) {
                // interleaved, as a study's mapping sends its graphs; a literal with a quote and a newline survives the file
                Triple tb = label(NodeFactory.createURI("https://w3id.org/safkg/study/t/site/S" + i), "site \"" + i + "\"\nline two");
                spool.add(Quad.create(B, tb));
                b.add(tb);
                if (i % 5 == 0) {
                    Triple ta = label(NodeFactory.createURI("https://w3id.org/safkg/study/t/excerpt/X" + i), "é " + i);
                    spool.add(Quad.create(A, ta));
                    a.add(ta);
                }
            }
            spool.declare("https://w3id.org/safkg/graph/c");
            graphs = spool.graphs();
            try (var inside = Files.walk(tmp)) {
                assertEquals(3, inside.filter(Files::isRegularFile).count(), "one file per graph");
            }
            assertEquals(List.of(A.getURI(), B.getURI(), "https://w3id.org/safkg/graph/c"), graphs.stream().map(PushedGraph::name).toList());
            assertEquals(List.of(5L, 25L, 0L), graphs.stream().map(PushedGraph::size).toList());

            List<Graph> bChunks = chunks(graphs.get(1), 10);
            assertEquals(List.of(10, 10, 5), bChunks.stream().map(Graph::size).toList());
            Graph back = GraphFactory.createGraphMem();
            bChunks.forEach(c -> c.find().forEachRemaining(back::add));
            assertTrue(back.isIsomorphicWith(b) && back.size() == b.size(), "every triple of b once");
            assertEquals(1, chunks(graphs.get(0), 10).size());
            assertTrue(chunks(graphs.get(0), 10).get(0).isIsomorphicWith(a));
            // an empty graph is one empty chunk, so that the push still replaces what the store held
            List<Graph> empty = chunks(graphs.get(2), 10);
            assertEquals(1, empty.size());
            assertTrue(empty.get(0).isEmpty());
        }
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count(), "the spool's folder is gone");
        }
    }

    @Test
    void aGraphWithBlankNodesIsOneChunkWhateverTheSize() {
        try (GraphSpool spool = GraphSpool.in(tmp)) {
            Node blank = NodeFactory.createBlankNode();
            for (int i = 0; i < 7; i++) spool.add(Quad.create(A, Triple.create(blank, RDFS.label.asNode(), NodeFactory.createLiteralString("l" + i))));
            List<Graph> chunks = chunks(spool.graphs().get(0), 2);
            assertEquals(1, chunks.size());
            assertEquals(7, chunks.get(0).size());
            // one subject still: the file's label names one node
            assertEquals(1, chunks.get(0).find().mapWith(Triple::getSubject).toSet().size());
        }
    }
}
