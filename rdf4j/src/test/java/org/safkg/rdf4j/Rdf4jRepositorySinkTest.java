package org.safkg.rdf4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.Test;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.WriteReport;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;

/** The RDF4J repository sink: the study arrives term for term, a reload replaces, a failure keeps nothing. */
class Rdf4jRepositorySinkTest {
    private static final String G = "https://w3id.org/safkg/graph/";

    private static Graph labels(String subject, int n) {
        Graph g = GraphFactory.createGraphMem();
        for (int i = 0; i < n; i++) g.add(Triple.create(NodeFactory.createURI(subject + i), RDFS.label.asNode(), NodeFactory.createLiteralLang("étiquette " + i, "fr")));
        return g;
    }

    private static PreparedStudy study(Graph excerpts) {
        StudyIris iris = new StudyIris("t");
        return new PreparedStudy(new StudyGraphs(iris, labels(iris.of("site", "s"), 4), excerpts), labels(iris.study() + "load", 1),
                "test input t", Path.of("t"), "", List.of(), true);
    }

    private static DatasetGraph read(SailRepository repo) {
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        try (RepositoryConnection c = repo.getConnection()) {
            c.getStatements(null, null, null, true).forEach(s -> back.add(NodeFactory.createURI(s.getContext().stringValue()),
                    TermConverter.toJena(s.getSubject()), TermConverter.toJena(s.getPredicate()), TermConverter.toJena(s.getObject())));
        }
        return back;
    }

    @Test
    void theRepositoryHoldsExactlyTheStudyAndTheOntologyAfterOneOrTwoWrites() {
        SailRepository repo = new SailRepository(new MemoryStore());
        try {
            PreparedStudy s = study(labels(new StudyIris("t").of("excerpt", "e"), 2));
            Rdf4jRepositorySink sink = new Rdf4jRepositorySink(repo, "memory repository");
            WriteReport r = sink.write(s);
            sink.write(s);
            assertEquals(List.of(G + "ontology", G + "t", G + "t/excerpts", G + "t/provenance"), r.graphNames());
            assertEquals("memory repository", r.destination());
            assertTrue(IsoMatcher.isomorphic(s.asDataset(true), read(repo)));
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void aWriteThatFailsKeepsTheRepositoryAsItWas() {
        SailRepository repo = new SailRepository(new MemoryStore());
        try {
            Rdf4jRepositorySink sink = new Rdf4jRepositorySink(repo, "memory repository");
            PreparedStudy first = study(labels(new StudyIris("t").of("excerpt", "e"), 2));
            sink.write(first);
            // a literal subject cannot be an RDF4J statement's subject: the conversion fails half way through the graphs
            Graph bad = GraphFactory.createGraphMem();
            bad.add(Triple.create(NodeFactory.createLiteralString("x"), RDFS.label.asNode(), NodeFactory.createLiteralString("y")));
            assertThrows(RuntimeException.class, () -> sink.write(study(bad)));
            assertTrue(IsoMatcher.isomorphic(first.asDataset(true), read(repo)));
        } finally {
            repo.shutDown();
        }
    }
}
