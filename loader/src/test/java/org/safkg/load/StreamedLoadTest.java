package org.safkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safkg.check.ShapeValidator;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.RdfFileSink;
import org.safkg.pipeline.WriteReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.safkg.pipeline.StreamedStudy;
import org.safkg.pipeline.StudyChecks;
import org.safkg.pipeline.StudyPipeline;
import org.safkg.pipeline.StudyQuads;
import org.safkg.pipeline.StudyStream;
import org.safkg.pipeline.TdbStoreSink;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.store.StudyStore;
import org.safkg.study.StudyIris;
import org.safkg.synthetic.SyntheticBundleGenerator;
import org.safkg.testing.TestBundles;

/**
 * A bundle loaded into the store streams from the mapping into the write transaction: the store then holds exactly what
 * the in-memory mapping gives, the shapes checked chunk by chunk find exactly what they find on the whole graph, and a
 * streamed study that fails a check leaves the store as it was.
 */
class StreamedLoadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final String SAF = "https://w3id.org/safkg/ontology#";
    private static final StudyIris VANGUARD = new StudyIris("vanguard-2022");

    @TempDir
    Path tmp;

    @Test
    void aStreamedLoadHoldsExactlyTheQuadsOfTheInMemoryMapping() {
        for (Path bundle : List.of(TestBundles.vanguard(), TestBundles.minimal(), TestBundles.root().resolve("data/fictional-icb-demo"))) {
            try (StudyStore streamed = StudyStore.inMemory(); StudyStore whole = StudyStore.inMemory()) {
                StudyPipeline.Result r = new StudyLoader(CLOCK).load(bundle, streamed);
                TdbStoreSink.into(whole).write(new StudyLoader(CLOCK).prepare(bundle).prepared());
                String quads = StudyLoaderTest.nquads(streamed.datasetGraph());
                assertEquals(StudyLoaderTest.nquads(whole.datasetGraph()), quads, bundle.toString());
                // the report counts each graph's quads once, as the store holds them
                StudyIris iris = new StudyIris(r.studyId());
                assertEquals(StudyLoaderTest.nquads(streamed.datasetGraph(), iris.studyGraph()).lines().count(),
                        r.report().graphs().get(iris.studyGraph()), bundle.toString());
                assertEquals(StudyLoaderTest.nquads(streamed.datasetGraph(), iris.excerptsGraph()).lines().count(),
                        r.report().graphs().get(iris.excerptsGraph()), bundle.toString());
            }
        }
    }

    @Test
    void everySubjectsQuadsComeInOneEntity() {
        Path synthetic = new SyntheticBundleGenerator(3).generate(5_000, tmp.resolve("synthetic")).folder();
        for (Path bundle : List.of(TestBundles.vanguard(), TestBundles.minimal(), synthetic)) {
            Map<Node, Integer> entityOf = new HashMap<>();
            List<String> split = new ArrayList<>();
            int[] entity = {0};
            source(bundle).quads().emit(new Recorder(q -> {
                Integer before = entityOf.putIfAbsent(q.getSubject(), entity[0]);
                if (before != null && before != entity[0]) split.add(q.getSubject() + " in entities " + before + " and " + entity[0]);
            }, () -> entity[0]++));
            assertEquals(List.of(), split, bundle.toString());
            assertTrue(entity[0] > 10, "one entity per row: " + entity[0]);
        }
    }

    /** A change to the mapped quads, as a test of the shapes would make it. */
    private static UnaryOperator<Quad> change(String what) {
        Node e01 = node(VANGUARD.of("episode", "E01"));
        Node q01 = node(VANGUARD.of("excerpt", "Q01"));
        Node q02 = node(VANGUARD.of("excerpt", "Q02"));
        return switch (what) {
            case "episode without evidence" -> q -> q.getSubject().equals(e01) && q.getPredicate().getURI().equals(SAF + "evidencedBy") ? null : q;
            case "excerpt without text" -> q -> q.getSubject().equals(q01) && q.getPredicate().getURI().equals(SAF + "verbatimText") ? null : q;
            case "excerpt spoken by a site" -> q -> q.getSubject().equals(q02) && q.getPredicate().getURI().equals(SAF + "speaker")
                    ? Quad.create(q.getGraph(), q02, q.getPredicate(), node(VANGUARD.of("site", "S3"))) : q;
            case "leader that is a site" -> q -> q.getSubject().equals(e01) && q.getPredicate().getURI().equals(SAF + "leader")
                    ? Quad.create(q.getGraph(), e01, q.getPredicate(), node(VANGUARD.of("site", "S3"))) : q;
            case "source section as a number" -> q -> q.getSubject().equals(e01) && q.getPredicate().getURI().equals(SAF + "sourceSection")
                    ? Quad.create(q.getGraph(), e01, q.getPredicate(), NodeFactory.createLiteralByValue(4)) : q;
            default -> throw new IllegalArgumentException(what);
        };
    }

    @ParameterizedTest(name = "{0}, {1} entities a chunk, {2} threads")
    @CsvSource(delimiter = '|', textBlock = """
        episode without evidence   | 1      | 1
        episode without evidence   | 7      | 2
        excerpt without text       | 1      | 2
        excerpt without text       | 50     | 1
        excerpt spoken by a site   | 3      | 2
        leader that is a site   | 1      | 1
        leader that is a site   | 100000 | 2
        source section as a number | 13     | 2
        """)
    void theShapesCheckedChunkByChunkFindWhatTheyFindOnTheWholeGraph(String what, int chunk, int threads) {
        StreamedStudy study = source(TestBundles.vanguard());
        StudyQuads broken = transformed(study.quads(), change(what));
        PreparedStudy whole = new StreamedStudy(study.iris(), broken, study.provenance(), study.origin(), study.location(), study.summary(),
                study.warnings(), true).collect();
        ShapeValidator shapes = new ShapeValidator();
        List<String> expected = sorted(shapes.validate(whole.graphs(), study.location()));
        assertFalse(expected.isEmpty(), "the change breaks a shape: " + what);
        assertEquals(expected, sorted(shapes.validateEntities(broken, whole.graphs().study(), study.location(), chunk, threads)), what);
        // the same when the shapes watch a sink write it, the types of what a chunk points to looked up as written so far
        assertEquals(expected, sorted(watchedAsWritten(shapes, broken, study, chunk, threads)), what + ", watched as written");
        // and the intact study passes every way
        assertEquals(List.of(), shapes.validateEntities(study.quads(), whole.graphs().study(), study.location(), chunk, threads));
        assertEquals(List.of(), watchedAsWritten(shapes, study.quads(), study, chunk, threads));
    }

    /** The quads through a watch, each written to a graph just before the watch sees it, as a sink does. */
    private static List<org.safkg.problems.Problem> watchedAsWritten(ShapeValidator shapes, StudyQuads quads, StreamedStudy study, int chunk, int threads) {
        org.apache.jena.graph.Graph written = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        Node studyGraph = node(study.iris().studyGraph());
        try (ShapeValidator.Watch watch = shapes.watch(written, study.location(), chunk, threads)) {
            StudyStream write = StudyStream.of(new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (q.getGraph().equals(studyGraph)) written.add(q.asTriple());
                }
            });
            quads.emit(StudyStream.both(write, watch));
            List<org.safkg.problems.Problem> problems = watch.problems();
            // an entity pointing to one mapped after it (an excerpt's episode, say) waits until all is written
            if (chunk == 1) assertTrue(watch.chunksThatWaited() > 0, "some chunks waited for a node written after them");
            return problems;
        }
    }

    @Test
    void aStreamedStudyThatBreaksAShapeLeavesTheStoreAsItWas() {
        try (StudyStore store = StudyStore.inMemory()) {
            new StudyLoader(CLOCK).load(TestBundles.minimal(), store);
            String before = StudyLoaderTest.nquads(store.datasetGraph());
            StreamedStudy study = source(TestBundles.vanguard());
            StreamedStudy broken = new StreamedStudy(study.iris(), transformed(study.quads(), change("episode without evidence")), study.provenance(),
                    study.origin(), study.location(), study.summary(), study.warnings(), true);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> TdbStoreSink.into(store).write(broken, StudyChecks.standard()));
            assertTrue(e.getMessage().contains("[shape-violation] <" + VANGUARD.of("episode", "E01") + "> <" + SAF + "evidencedBy>"), e.getMessage());
            assertEquals(before, StudyLoaderTest.nquads(store.datasetGraph()), "nothing of the refused study is in the store");
        }
    }

    @Test
    void aCheckThatFailsAfterEveryQuadIsWrittenRollsTheStoreAndItsTextIndexBack() {
        try (StudyStore store = StudyStore.inMemory()) {
            new StudyLoader(CLOCK).load(TestBundles.minimal(), store);
            String before = StudyLoaderTest.nquads(store.datasetGraph());
            int entries = store.rebuildTextIndex();
            List<String> seen = new ArrayList<>();
            StudyChecks failing = new StudyChecks(List.of(s -> {
                seen.add(s.graphs().study().size() + " triples written");
                return List.of(Problem.ofFile(ProblemId.SHAPE_VIOLATION, s.location(), "refused for the test.", "None."));
            }));
            assertThrows(InvalidInputException.class, () -> TdbStoreSink.into(store).write(source(TestBundles.vanguard()), failing));
            assertNotEquals(List.of("0 triples written"), seen, "the check saw the study as written: " + seen);
            assertEquals(before, StudyLoaderTest.nquads(store.datasetGraph()));
            assertEquals(entries, store.rebuildTextIndex(), "the text index holds what it held");
        }
    }

    @Test
    void anNQuadsFileIsWrittenAsTheStudyIsMappedWithTheQuadsOfTheInMemoryWrite() throws java.io.IOException {
        Path streamed = tmp.resolve("streamed.nq"), whole = tmp.resolve("whole.nq");
        WriteReport r = new RdfFileSink(streamed, RDFFormat.NQUADS_UTF8, true).write(source(TestBundles.vanguard()), StudyChecks.standard());
        WriteReport w = new RdfFileSink(whole, RDFFormat.NQUADS_UTF8, true).write(new StudyLoader(CLOCK).prepare(TestBundles.vanguard()).prepared());
        assertEquals(w.graphs(), r.graphs(), "the same triples per graph");
        DatasetGraph a = RDFDataMgr.loadDatasetGraph(streamed.toString()), b = RDFDataMgr.loadDatasetGraph(whole.toString());
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(b, a), "the same quads (up to the ontology's blank nodes)");
        assertEquals(w.triples(), java.nio.file.Files.readAllLines(streamed).size(), "each quad written once");
    }

    @Test
    void anNQuadsFileOfAStudyThatBreaksAShapeIsNeverWritten() throws java.io.IOException {
        Path file = tmp.resolve("x.nq");
        java.nio.file.Files.writeString(file, "earlier\n");
        StreamedStudy study = source(TestBundles.vanguard());
        StreamedStudy broken = new StreamedStudy(study.iris(), transformed(study.quads(), change("excerpt spoken by a site")), study.provenance(),
                study.origin(), study.location(), study.summary(), study.warnings(), true);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new RdfFileSink(file, RDFFormat.NQUADS_UTF8, true).write(broken, StudyChecks.standard()));
        assertTrue(e.getMessage().contains("[shape-violation] <" + VANGUARD.of("excerpt", "Q02") + "> <" + SAF + "speaker>"), e.getMessage());
        assertEquals("earlier\n", java.nio.file.Files.readString(file));
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(tmp)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    private static StreamedStudy source(Path bundle) {
        return new CsvBundleSource(bundle, CLOCK).stream();
    }

    private static List<String> sorted(List<Problem> problems) {
        return problems.stream().map(Problem::format).sorted().toList();
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The quads changed (null drops one), with the entities where they were. */
    private static StudyQuads transformed(StudyQuads quads, UnaryOperator<Quad> change) {
        return out -> quads.emit(new Recorder(q -> {
            Quad changed = change.apply(q);
            if (changed != null) out.quad(changed);
        }, out::entityEnd));
    }

    /** A stream that hands each quad and each entity's end to the test. */
    private static final class Recorder extends StreamRDFBase implements StudyStream {
        private final java.util.function.Consumer<Quad> quads;
        private final Runnable ends;

        Recorder(java.util.function.Consumer<Quad> quads, Runnable ends) {
            this.quads = quads;
            this.ends = ends;
        }

        @Override
        public void quad(Quad q) {
            quads.accept(q);
        }

        @Override
        public void entityEnd() {
            ends.run();
        }
    }
}
