package org.safkg.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;

/** Small prepared studies for the pipeline's tests. */
final class TestStudies {
    private TestStudies() {}

    static Graph graph(String subject, String label, int triples) {
        Graph g = GraphFactory.createGraphMem();
        for (int i = 0; i < triples; i++) {
            g.add(Triple.create(NodeFactory.createURI(subject + i), RDFS.label.asNode(), NodeFactory.createLiteralString(label + " " + i)));
        }
        return g;
    }

    /** A study "t" with 3 study triples, 2 excerpt triples and 1 provenance triple. */
    static PreparedStudy study(boolean curated) {
        StudyIris iris = new StudyIris("t");
        StudyGraphs graphs = new StudyGraphs(iris, graph(iris.of("site", "s"), "site", 3), graph(iris.of("excerpt", "e"), "quote", 2));
        return new PreparedStudy(graphs, graph(iris.study() + "load", "load", 1), "test input t", Path.of("t"), "3 things", List.of("a warning"), curated);
    }
}
