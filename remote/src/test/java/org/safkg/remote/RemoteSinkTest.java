package org.safkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safkg.ontology.OntologyFiles;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.WriteReport;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;

/** The remote sink against an in-process Fuseki (Graph Store Protocol): what arrives, what is reported, and a push that stops part way. */
class RemoteSinkTest {
    private static final String G = "https://w3id.org/safkg/graph/";
    // one server for the class (a start costs seconds on a busy machine), emptied before each test
    private static final DatasetGraph remote = DatasetGraphFactory.createTxnMem();
    private static FusekiServer server;
    private static String endpoint;

    @BeforeAll
    static void start() {
        server = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/ds/data";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void empty() {
        Txn.executeWrite(remote, remote::clear);
    }

    private static Graph labels(String subject, int n) {
        Graph g = GraphFactory.createGraphMem();
        for (int i = 0; i < n; i++) g.add(Triple.create(NodeFactory.createURI(subject + i), RDFS.label.asNode(), NodeFactory.createLiteralString("label " + i)));
        return g;
    }

    private static PreparedStudy study() {
        StudyIris iris = new StudyIris("t");
        return new PreparedStudy(new StudyGraphs(iris, labels(iris.of("site", "s"), 5), labels(iris.of("excerpt", "e"), 3)),
                labels(iris.study() + "load", 1), "test input t", Path.of("t"), "", List.of(), true);
    }

    /** Counts what the listener hears. */
    private static final class Heard implements RemoteLoad.Listener {
        long started = -1;
        long sent;
        final List<String> graphs = new ArrayList<>();

        @Override
        public void started(long triples) {
            started = triples;
        }

        @Override
        public void sent(long triples) {
            sent += triples;
        }

        @Override
        public void graphWritten(String graphIri) {
            graphs.add(graphIri);
        }
    }

    @Test
    void theStoreReceivesTheOntologyAndTheStudysGraphsExactlyAndTheReportSaysSo() {
        Heard heard = new Heard();
        PreparedStudy study = study();
        long ontology = OntologyFiles.ontologyAndConcepts().size();
        WriteReport r = new RemoteSink(new GraphStoreTarget(endpoint, Optional.empty()), 2, heard).write(study);

        List<String> names = List.of(G + "ontology", G + "t", G + "t/excerpts", G + "t/provenance");
        assertEquals("Graph Store Protocol endpoint " + endpoint, r.destination());
        assertEquals(names, r.graphNames());
        assertEquals(List.of(ontology, 5L, 3L, 1L), List.copyOf(r.graphs().values()));
        assertEquals(ontology + 9, heard.started);
        assertEquals(ontology + 9, heard.sent);
        assertEquals(names, heard.graphs);
        Txn.executeRead(remote, () -> {
            assertTrue(IsoMatcher.isomorphic(study.asDataset(true), remote));
        });
    }

    @Test
    void pushingTheSameStudyAgainReplacesEachGraphAndDuplicatesNothing() {
        RemoteSink sink = new RemoteSink(new GraphStoreTarget(endpoint, Optional.empty()), 3, new RemoteLoad.Listener() {});
        sink.write(study());
        long once = Txn.calculateRead(remote, () -> remote.stream().count());
        sink.write(study());
        assertEquals(once, Txn.calculateRead(remote, () -> remote.stream().count()));
        assertEquals(OntologyFiles.ontologyAndConcepts().size() + 9, once);
    }

    @Test
    void aPushThatFailsPartWayNamesTheGraphsWrittenAndThoseNot() {
        GraphTarget real = new GraphStoreTarget(endpoint, Optional.empty());
        GraphTarget failsOnExcerpts = new GraphTarget() {
            @Override
            public String describe() {
                return "flaky store";
            }

            @Override
            public GraphUpload replace(String graphIri) {
                if (graphIri.endsWith("/excerpts")) throw new IllegalStateException("connection reset");
                return real.replace(graphIri);
            }
        };
        RemoteLoadException e = assertThrows(RemoteLoadException.class,
                () -> new RemoteSink(failsOnExcerpts, 10_000, new RemoteLoad.Listener() {}).write(study()));
        assertEquals("pushing to flaky store failed on <" + G + "t/excerpts>: connection reset", e.getMessage());
        assertEquals(List.of(G + "ontology", G + "t"), e.written());
        assertEquals(List.of(G + "t/excerpts", G + "t/provenance"), e.notWritten());
        List<String> there = new ArrayList<>();
        Txn.executeRead(remote, () -> remote.listGraphNodes().forEachRemaining(n -> there.add(n.getURI())));
        there.sort(null);
        assertEquals(List.of(G + "ontology", G + "t"), there);
    }

    @Test
    void aChunkBelowOneIsRefusedBeforeAnythingIsSent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RemoteSink(new GraphStoreTarget(endpoint, Optional.empty()), 0, new RemoteLoad.Listener() {}));
        assertEquals("--chunk must be at least 1, got 0", e.getMessage());
    }
}
