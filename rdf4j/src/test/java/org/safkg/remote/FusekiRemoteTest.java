package org.safkg.remote;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.CsvBundleSource;
import org.safkg.load.StudyLoader;
import org.safkg.pipeline.StudyChecks;
import org.safkg.pipeline.StudyPipeline;
import org.safkg.pipeline.WriteReport;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.load.StudyLoader.MappedStudy;
import org.safkg.query.QueryRunner;
import org.safkg.rdf4j.QueryCases;
import org.safkg.rdf4j.Rdf4jEngine;
import org.safkg.rdf4j.ResultTable;
import org.safkg.store.StudyStore;

/**
 * Pushes the bundled study to a real standalone Fuseki through the Graph Store Protocol: refused
 * without credentials, loaded with them, reloaded without duplicates; then every competency query
 * gives the local TDB2 answer through Jena's RDFConnection and through RDF4J's SPARQLRepository;
 * last, a push that dies part way (server killed) says what it wrote, and a re-run completes it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FusekiRemoteTest {
    @TempDir
    static Path tmp;
    static FusekiProcess fuseki;
    static MappedStudy study;
    static DatasetGraph pushed;
    static StudyStore local;
    static final Path BUNDLE = QueryCases.ROOT.resolve("data/vanguard-2022");
    // the same clock for the mapping in memory and the streamed one, so that their provenance graphs are the same
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    static final Optional<RemoteCredentials> LOADER = Optional.of(new RemoteCredentials(FusekiProcess.USER, FusekiProcess.PASSWORD));

    @BeforeAll
    static void start() {
        fuseki = FusekiProcess.start(tmp.resolve("fuseki"));
        study = new StudyLoader(CLOCK).prepare(BUNDLE);
        pushed = StudyLoader.asDataset(study);
        local = StudyStore.inMemory();
        local.replaceStudy(study.graphs(), study.provenance());
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) fuseki.close();
        if (local != null) local.close();
    }

    @Test
    @Order(1)
    void withoutCredentialsNothingIsWrittenAndEveryGraphIsReportedNotWritten() {
        RemoteLoadException e = assertThrows(RemoteLoadException.class,
                () -> new RemoteLoad(RemoteLoad.DEFAULT_CHUNK).push(pushed, new GraphStoreTarget(fuseki.data(), Optional.empty()), new RemoteLoad.Listener() {}));
        assertEquals(List.of(), e.written());
        assertEquals(RemoteLoad.graphNames(pushed), e.notWritten());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertEquals(0, remoteQuadCount());
    }

    @Test
    @Order(2)
    void aStreamedLoadWritesEveryGraphExactlyAsTheMappingInMemoryHasIt() {
        // what load --to does with a bundle: mapped into temporary files, checked, then read back as it is sent
        WriteReport report = StudyPipeline.standard().run(new CsvBundleSource(BUNDLE, CLOCK),
                new RemoteSink(new GraphStoreTarget(fuseki.data(), LOADER), 500, new RemoteLoad.Listener() {})).report();
        assertEquals(RemoteLoad.graphNames(pushed), report.graphNames(), "ontology, study, excerpts and provenance graphs");
        for (String g : report.graphNames()) {
            assertEquals(pushed.getGraph(NodeFactory.createURI(g)).size(), report.graphs().get(g), "reported size of <" + g + ">");
        }
        assertRemoteEqualsPushed();
    }

    @Test
    @Order(3)
    void aStudyTheChecksRefuseSendsNothing() {
        Map<String, Graph> before = remoteGraphs();
        StudyChecks refuses = new StudyChecks(List.of(s -> List.of(Problem.ofFile(ProblemId.SHAPE_VIOLATION, BUNDLE, "refused by the test", "none"))));
        int[] requests = {0};
        GraphTarget counting = new GraphTarget() {
            final GraphTarget real = new GraphStoreTarget(fuseki.data(), LOADER);

            @Override
            public String describe() {
                return real.describe();
            }

            @Override
            public GraphUpload replace(String graphIri) {
                requests[0]++;
                return real.replace(graphIri);
            }
        };
        assertThrows(InvalidInputException.class,
                () -> new StudyPipeline(refuses).run(new CsvBundleSource(BUNDLE, CLOCK), new RemoteSink(counting, 500, new RemoteLoad.Listener() {})));
        assertEquals(0, requests[0], "no graph was started on the store");
        Map<String, Graph> after = remoteGraphs();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((g, content) -> assertTrue(content.isIsomorphicWith(after.get(g)), "<" + g + "> unchanged"));
    }

    @Test
    @Order(4)
    void reloadReplacesEachGraphAndDuplicatesNothing() {
        long before = remoteQuadCount();
        long[] sent = {0};
        new RemoteLoad(500).push(pushed, new GraphStoreTarget(fuseki.data(), LOADER), new RemoteLoad.Listener() {
            @Override
            public void sent(long triples) {
                sent[0] += triples;
            }
        });
        assertEquals(pushed.stream().count(), sent[0], "every triple sent once");
        assertEquals(before, remoteQuadCount());
        assertRemoteEqualsPushed();
    }

    @TestFactory
    @Order(5)
    List<DynamicTest> everyCompetencyQueryGivesTheLocalAnswerThroughRdfConnectionAndSparqlRepository() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QueryCases c : QueryCases.all()) {
            tests.add(DynamicTest.dynamicTest(c.label(), () -> {
                Map<String, Node> bound = QueryRunner.bind(c.query(), c.params());
                ResultTable expected = ResultTable.of(QueryRunner.select(local.datasetGraph(), c.query(), bound));
                ResultTable jena;
                try (RDFConnection conn = RDFConnection.connect(fuseki.sparql())) {
                    QueryExecutionBuilder b = conn.newQuery().query(c.query().sparql());
                    // bound as terms in the query's syntax tree, as the local runner does
                    bound.forEach((k, v) -> b.substitution(k, ModelFactory.createDefaultModel().asRDFNode(v)));
                    try (QueryExecution qe = b.build()) {
                        jena = ResultTable.of(ResultSetFactory.copyResults(qe.execSelect()));
                    }
                }
                SPARQLRepository repo = new SPARQLRepository(fuseki.sparql());
                ResultTable rdf4j;
                try {
                    rdf4j = Rdf4jEngine.select(repo, org.safkg.query.QueryRunner.bound(c.query(), bound).serialize(), Map.of());
                } finally {
                    repo.shutDown();
                }
                assertFalse(expected.rows().isEmpty() && !c.label().contains("="), "the local answer is not empty: " + c.label());
                assertEquals(expected.comparable(c.ordered()), jena.comparable(c.ordered()), "RDFConnection: " + c.label());
                assertEquals(expected.vars(), rdf4j.vars(), "SPARQLRepository variables: " + c.label());
                assertEquals(expected.comparable(c.ordered()), rdf4j.comparable(c.ordered()), "SPARQLRepository: " + c.label());
            }));
        }
        return tests;
    }

    @Test
    @Order(6)
    void aPushThatDiesPartWayNamesWhatWasWrittenAndARerunCompletesIt() {
        List<String> names = RemoteLoad.graphNames(pushed);
        // emptied by PUT of an empty graph: a GSP.DELETE with the same Authorization header got 401 here (not looked into further)
        for (String g : names) {
            GSP.service(fuseki.data()).graphName(g).httpHeader("Authorization", LOADER.get().basicAuthorization())
                    .PUT(org.apache.jena.sparql.graph.GraphFactory.createGraphMem());
        }
        assertEquals(0, remoteQuadCount());
        GraphStoreTarget target = new GraphStoreTarget(fuseki.data(), LOADER);
        // the server is killed (as a crash would) as soon as the first graph is in
        RemoteLoadException e = assertThrows(RemoteLoadException.class, () -> new RemoteLoad(500).push(pushed, target, new RemoteLoad.Listener() {
            @Override
            public void graphWritten(String graphIri) {
                fuseki.kill();
            }
        }));
        assertEquals(names.subList(0, 1), e.written());
        assertEquals(names.subList(1, names.size()), e.notWritten());
        assertTrue(e.getMessage().startsWith("pushing to Graph Store Protocol endpoint " + fuseki.data() + " failed on <" + names.get(1) + ">: "), e.getMessage());

        fuseki.restart();
        // the store holds exactly what the report says: the first graph in full, nothing of the others
        assertEquals(pushed.getGraph(NodeFactory.createURI(names.get(0))).size(), remoteQuadCount());
        assertEquals(names, new RemoteLoad(500).push(pushed, target, new RemoteLoad.Listener() {}));
        assertRemoteEqualsPushed();
    }

    private static void assertRemoteEqualsPushed() {
        for (String g : RemoteLoad.graphNames(pushed)) {
            Graph remote = GSP.service(fuseki.data()).graphName(g).httpHeader("Authorization", LOADER.get().basicAuthorization()).GET();
            Graph mine = pushed.getGraph(NodeFactory.createURI(g));
            assertEquals(mine.size(), remote.size(), "triples in <" + g + ">");
            assertTrue(mine.isIsomorphicWith(remote), "<" + g + "> is the graph pushed");
        }
    }

    private static Map<String, Graph> remoteGraphs() {
        Map<String, Graph> graphs = new java.util.TreeMap<>();
        for (String g : RemoteLoad.graphNames(pushed)) {
            graphs.put(g, GSP.service(fuseki.data()).graphName(g).httpHeader("Authorization", LOADER.get().basicAuthorization()).GET());
        }
        return graphs;
    }

    private static long remoteQuadCount() {
        try (RDFConnection conn = RDFConnection.connect(fuseki.sparql())) {
            return conn.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").execSelect().next().getLiteral("n").getLong();
        }
    }
}
