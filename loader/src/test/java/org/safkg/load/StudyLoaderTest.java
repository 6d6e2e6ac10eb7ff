package org.safkg.load;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.study.StudyIris;
import org.safkg.problems.InvalidInputException;
import org.safkg.store.RdfFileWriter;
import org.safkg.store.StudyStore;
import org.safkg.testing.TestBundles;

/** Loading: what lands in which graph, idempotence, atomicity, provenance, file output. */
class StudyLoaderTest {
    @TempDir
    Path tmp;

    private static final StudyIris MINI = new StudyIris("mini");

    @Test
    void loadsStudyAndExcerptTextIntoSeparateGraphs() {
        try (StudyStore store = StudyStore.inMemory()) {
            new StudyLoader().load(TestBundles.minimal(), store);
            assertEquals(List.of("https://w3id.org/safkg/graph/mini", "https://w3id.org/safkg/graph/mini/excerpts",
                    "https://w3id.org/safkg/graph/mini/provenance", "https://w3id.org/safkg/graph/ontology"), store.graphNames());
            Txn.executeRead(store.datasetGraph(), () -> {
                Graph excerpts = store.datasetGraph().getGraph(node(MINI.excerptsGraph()));
                assertEquals(2, excerpts.size(), "the excerpts graph holds only the verbatim text, one triple per excerpt");
                assertTrue(excerpts.contains(node(MINI.of("excerpt", "Q2")), node("https://w3id.org/safkg/ontology#verbatimText"),
                        NodeFactory.createLiteralString("A quote that spans\ntwo lines, with \"quotes\".")));
                Graph study = store.datasetGraph().getGraph(node(MINI.studyGraph()));
                assertFalse(study.find(Node.ANY, node("https://w3id.org/safkg/ontology#verbatimText"), Node.ANY)
                        .filterKeep(t -> t.getSubject().getURI().contains("/excerpt/")).hasNext(), "no excerpt text in the study graph");
                assertTrue(study.contains(node(MINI.of("episode", "E1")), node("https://w3id.org/safkg/ontology#drewOnSkill"),
                        node("https://w3id.org/safkg/concept/brokering")));
            });
        }
    }

    @Test
    void loadingTwiceGivesTheSameGraphs() {
        try (StudyStore store = StudyStore.inMemory()) {
            new StudyLoader().load(TestBundles.minimal(), store);
            String first = nquads(store.datasetGraph(), MINI.studyGraph(), MINI.excerptsGraph());
            new StudyLoader().load(TestBundles.minimal(), store);
            String second = nquads(store.datasetGraph(), MINI.studyGraph(), MINI.excerptsGraph());
            assertEquals(first, second);
            assertFalse(first.isEmpty());
        }
    }

    @Test
    void failedLoadLeavesTheStoreExactlyAsItWas() {
        try (StudyStore store = StudyStore.open(tmp.resolve("tdb2"))) {
            new StudyLoader().load(TestBundles.minimal(), store);
            String before = nquads(store.datasetGraph());
            Path bad = TestBundles.copy(TestBundles.minimal(), tmp);
            TestBundles.replace(bad, "episodes.csv", "brokering | framing", "brokring | framing");
            TestBundles.replace(bad, "sites.csv", "B,Site B", "B,");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StudyLoader().load(bad, store));
            assertEquals(2, e.problems().size());
            assertEquals(before, nquads(store.datasetGraph()));
        }
    }

    @Test
    void failureInsideTheWriteTransactionRollsBack() {
        try (StudyStore store = StudyStore.open(tmp.resolve("tdb2"))) {
            new StudyLoader().load(TestBundles.minimal(), store);
            String before = nquads(store.datasetGraph());
            StudyLoader.MappedStudy study = new StudyLoader().prepare(TestBundles.minimal());
            Graph failing = new org.apache.jena.sparql.graph.GraphWrapper(study.graphs().excerpts()) {
                @Override
                public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find() {
                    throw new IllegalStateException("disk full (simulated)");
                }
            };
            var broken = new org.safkg.study.StudyGraphs(study.graphs().iris(), study.graphs().study(), failing);
            assertThrows(IllegalStateException.class, () -> store.replaceStudy(broken, study.provenance()));
            assertEquals(before, nquads(store.datasetGraph()));
        }
    }

    @Test
    void provenanceRecordsFilesChecksumsVersionAndTime() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        StudyLoader.MappedStudy study = new StudyLoader(fixed).prepare(TestBundles.minimal());
        Dataset ds = org.apache.jena.query.DatasetFactory.wrap(StudyLoader.asDataset(study));
        String q = """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX saf: <https://w3id.org/safkg/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?title ?sha ?version ?start WHERE { GRAPH ?g {
                  ?load a saf:BundleLoad ; prov:used ?f ; prov:startedAtTime ?start ; prov:wasAssociatedWith ?agent .
                  ?agent dcterms:hasVersion ?version .
                  ?f dcterms:title ?title ; saf:sha256 ?sha } } ORDER BY ?title""";
        try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(q).build()) {
            var rs = qe.execSelect();
            var first = rs.next();
            assertEquals("actors.csv", first.getLiteral("title").getString());
            assertEquals(org.safkg.provenance.LoadProvenance.sha256(TestBundles.minimal().resolve("actors.csv")), first.getLiteral("sha").getString());
            assertEquals(64, first.getLiteral("sha").getString().length());
            assertEquals("2026-01-02T03:04:05Z", first.getLiteral("start").getLexicalForm());
            assertFalse(first.getLiteral("version").getString().isEmpty());
            int n = 1;
            while (rs.hasNext()) { rs.next(); n++; }
            assertEquals(10, n, "one entry per bundle file");
        }
    }

    @Test
    void writesEveryFileFormatAndReadsBackIsomorphic() {
        StudyLoader.MappedStudy study = new StudyLoader().prepare(TestBundles.minimal());
        DatasetGraph dsg = StudyLoader.asDataset(study);
        for (String fmt : List.of("trig", "nq", "jsonld")) {
            Path out = tmp.resolve("mini." + fmt);
            RdfFileWriter.write(dsg, out, RdfFileWriter.format(null, out));
            DatasetGraph back = RDFDataMgr.loadDatasetGraph(out.toString());
            for (String g : List.of(MINI.studyGraph(), MINI.excerptsGraph(), MINI.provenanceGraph(), StudyIris.ONTOLOGY_GRAPH)) {
                assertTrue(dsg.getGraph(node(g)).isIsomorphicWith(back.getGraph(node(g))), fmt + " round trip of " + g);
            }
        }
        Path ttl = tmp.resolve("mini.ttl");
        RdfFileWriter.write(dsg, ttl, RdfFileWriter.format(null, ttl));
        assertTrue(dsg.getUnionGraph().isIsomorphicWith(RDFDataMgr.loadGraph(ttl.toString(), Lang.TURTLE)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RdfFileWriter.format(null, tmp.resolve("x.xml")));
        assertEquals("unknown RDF format 'xml': use one of jsonld, nq, rdfxml, trig, ttl (or a file ending .ttl, .trig, .nq, .jsonld or .rdf)", e.getMessage());
    }

    @Test
    void theBundledVanguardStudyLoadsAndConformsToTheShapes() {
        StudyLoader.MappedStudy study = new StudyLoader().prepare(TestBundles.vanguard());
        assertEquals("vanguard-2022", study.studyId());
        assertEquals(13, study.graphs().excerpts().size(), "13 verbatim quotes");
    }

    @Test
    void aGraphThatBreaksAShapeIsReportedAsAShapeViolation() {
        StudyLoader.MappedStudy study = new StudyLoader().prepare(TestBundles.minimal());
        Graph brokenStudy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        study.graphs().study().find().forEachRemaining(brokenStudy::add);
        Node e2 = node(MINI.of("episode", "E2"));
        brokenStudy.remove(e2, node("https://w3id.org/safkg/ontology#evidencedBy"), Node.ANY);
        var broken = new org.safkg.study.StudyGraphs(MINI, brokenStudy, study.graphs().excerpts());
        List<org.safkg.problems.Problem> problems = new org.safkg.check.ShapeValidator().validate(broken, TestBundles.minimal());
        assertEquals(1, problems.size(), problems.toString());
        String msg = problems.get(0).format();
        assertTrue(msg.startsWith(TestBundles.minimal() + ": error [shape-violation] <" + MINI.of("episode", "E2") + "> "), msg);
        assertTrue(msg.endsWith("Fix the row this resource comes from (its id is the last part of the IRI)."), msg);
        assertTrue(new org.safkg.check.ShapeValidator().validate(study.graphs(), TestBundles.minimal()).isEmpty(), "the intact study conforms");
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The dataset (or some of its graphs) as sorted N-Quads: a byte-level fingerprint. */
    static String nquads(DatasetGraph dsg, String... graphs) {
        return Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            List<String> wanted = List.of(graphs);
            dsg.find().forEachRemaining((Quad q) -> {
                if (wanted.isEmpty() || wanted.contains(q.getGraph().getURI())) copy.add(q);
            });
            RDFDataMgr.write(out, copy, RDFFormat.NQUADS_UTF8);
            return String.join("\n", new java.util.TreeSet<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n"))));
        });
    }
}
