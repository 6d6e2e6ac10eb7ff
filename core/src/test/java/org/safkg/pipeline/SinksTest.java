package org.safkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.ontology.OntologyFiles;
import org.safkg.store.RdfFileWriter;
import org.safkg.store.StudyStore;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;

/** The embedded store and the file sink: what they write, what they report, and that a failed write leaves no trace. */
class SinksTest {
    @TempDir
    Path tmp;

    private static final String G = "https://w3id.org/safkg/graph/";

    @Test
    void theStoreSinkReplacesTheOntologyAndTheStudysThreeGraphsAndReportsTheirSizes() {
        PreparedStudy study = TestStudies.study(true);
        try (StudyStore store = StudyStore.inMemory()) {
            WriteReport r = TdbStoreSink.into(store).write(study);
            long ontology = OntologyFiles.ontologyAndConcepts().size();
            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put(StudyIris.ONTOLOGY_GRAPH, ontology);
            expected.put(G + "t", 3L);
            expected.put(G + "t/excerpts", 2L);
            expected.put(G + "t/provenance", 1L);
            assertEquals(expected, r.graphs());
            assertEquals(ontology + 6, r.triples());
            assertEquals(List.of(G + "ontology", G + "t", G + "t/excerpts", G + "t/provenance"), store.graphNames());
            // a second write replaces, never adds
            TdbStoreSink.into(store).write(study);
            assertEquals(ontology + 6, Txn.calculateRead(store.datasetGraph(), () -> (long) Iter.count(store.datasetGraph().find())));
        }
    }

    @Test
    void theStoreSinkAtAFolderOpensTheStoreOnlyToWrite() {
        Path folder = tmp.resolve("tdb");
        TdbStoreSink sink = TdbStoreSink.at(folder);
        assertFalse(Files.exists(folder), "building the sink opens nothing");
        assertEquals(folder.toString(), sink.write(TestStudies.study(true)).destination());
        try (StudyStore store = StudyStore.open(folder)) {
            assertEquals(4, store.graphNames().size());
        }
    }

    @Test
    void theFileSinkWritesWhatTheStudyEmitsAndReadsBackTheSame() throws IOException {
        PreparedStudy study = TestStudies.study(true);
        Path file = tmp.resolve("t.trig");
        WriteReport r = new RdfFileSink(file, RDFFormat.TRIG_PRETTY, false).write(study);
        assertEquals(List.of(G + "t", G + "t/excerpts", G + "t/provenance"), r.graphNames());
        assertEquals(6, r.triples());
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        study.emit(StreamRDFLib.dataset(expected));
        assertTrue(IsoMatcher.isomorphic(expected, RDFDataMgr.loadDatasetGraph(file.toString())));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(file), s.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aFileWriteThatFailsPartWayLeavesTheEarlierFileAsItWasAndNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("t.nq");
        Files.writeString(file, "earlier content\n");
        // a linked (not copied) graph, so that the failure comes while the file is being written
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(org.apache.jena.graph.NodeFactory.createURI(G + "t"), failingAfter(TestStudies.graph("urn:x:", "x", 5), 3));
        RuntimeException e = assertThrows(RuntimeException.class, () -> RdfFileWriter.write(dsg, file, RDFFormat.NQUADS_UTF8));
        assertEquals("disk pulled out", e.getMessage());
        assertEquals("earlier content\n", Files.readString(file));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(file), s.toList());
        }
    }

    @Test
    void aFileWriteThatFailsLeavesNoFileWhereThereWasNone() {
        Path file = tmp.resolve("new.nq");
        PreparedStudy good = TestStudies.study(true);
        StudyGraphs broken = new StudyGraphs(good.graphs().iris(), failingAfter(good.graphs().study(), 2), good.graphs().excerpts());
        PreparedStudy study = new PreparedStudy(broken, good.provenance(), good.origin(), good.location(), good.summary(), List.of(), true);
        assertThrows(RuntimeException.class, () -> new RdfFileSink(file, RDFFormat.NQUADS_UTF8, false).write(study));
        assertFalse(Files.exists(file));
        assertEquals(0, tmp.toFile().list().length);
    }

    /** A graph whose iteration fails after n triples, as a disk or a stream might part way through. */
    private static Graph failingAfter(Graph g, int n) {
        return new GraphWrapper(g) {
            @Override
            public ExtendedIterator<Triple> find() {
                return find(Triple.ANY);
            }

            @Override
            public ExtendedIterator<Triple> find(Triple m) {
                var inner = g.find(m);
                return WrappedIterator.create(new java.util.Iterator<Triple>() {
                    int seen;

                    @Override
                    public boolean hasNext() {
                        return inner.hasNext();
                    }

                    @Override
                    public Triple next() {
                        if (seen++ == n) throw new IllegalStateException("disk pulled out");
                        return inner.next();
                    }
                });
            }

            @Override
            public ExtendedIterator<Triple> find(org.apache.jena.graph.Node s, org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
                return find(Triple.createMatch(s, p, o));
            }
        };
    }
}
