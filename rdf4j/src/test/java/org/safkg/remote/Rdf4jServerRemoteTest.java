package org.safkg.remote;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
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
import org.safkg.pipeline.StudyPipeline;
import org.safkg.load.StudyLoader.MappedStudy;
import org.safkg.query.QueryRunner;
import org.safkg.rdf4j.QueryCases;
import org.safkg.rdf4j.Rdf4jEngine;
import org.safkg.rdf4j.ResultTable;
import org.safkg.store.StudyStore;

/**
 * Pushes the bundled study to a real RDF4J Server through the RDF4J REST protocol
 * ({@code --to rdf4j:URL/repositories/ID}), reloads it without duplicates, and runs every
 * competency query there with its parameters sent as protocol bindings: same answers as TDB2.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Rdf4jServerRemoteTest {
    @TempDir
    static Path tmp;
    static Rdf4jServerProcess server;
    static DatasetGraph pushed;
    static StudyStore local;
    static String repositoryUrl;

    @BeforeAll
    static void start() {
        server = Rdf4jServerProcess.start(tmp.resolve("rdf4j"));
        repositoryUrl = server.url() + "/repositories/safkg";
        server.createMemoryRepository(repositoryUrl);
        MappedStudy study = new StudyLoader(FusekiRemoteTest.CLOCK).prepare(FusekiRemoteTest.BUNDLE);
        pushed = StudyLoader.asDataset(study);
        local = StudyStore.inMemory();
        local.replaceStudy(study.graphs(), study.provenance());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (local != null) local.close();
    }

    @Test
    @Order(1)
    void loadAndReloadLeaveEveryGraphExactlyOnce() {
        for (int round = 1; round <= 2; round++) {
            try (GraphTarget target = RemoteTargets.parse(RemoteTargets.RDF4J_SCHEME + repositoryUrl, Optional.empty())) {
                assertEquals("RDF4J repository " + repositoryUrl, target.describe());
                if (round == 1) {
                    // streamed, as load --to pushes a bundle
                    assertEquals(RemoteLoad.graphNames(pushed), StudyPipeline.standard().run(new CsvBundleSource(FusekiRemoteTest.BUNDLE, FusekiRemoteTest.CLOCK),
                            new RemoteSink(target, 700, new RemoteLoad.Listener() {})).report().graphNames());
                } else {
                    assertEquals(RemoteLoad.graphNames(pushed), new RemoteLoad(700).push(pushed, target, new RemoteLoad.Listener() {}));
                }
            }
            HTTPRepository repo = new HTTPRepository(repositoryUrl);
            try (RepositoryConnection c = repo.getConnection()) {
                assertEquals(pushed.stream().count(), c.size(), "statements after load " + round);
                for (String g : RemoteLoad.graphNames(pushed)) {
                    Model remote = new LinkedHashModel();
                    c.getStatements(null, null, null, false, SimpleValueFactory.getInstance().createIRI(g))
                            .forEach(s -> remote.add(s.getSubject(), s.getPredicate(), s.getObject()));
                    Graph mine = pushed.getGraph(NodeFactory.createURI(g));
                    assertEquals(mine.size(), remote.size(), "<" + g + "> after load " + round);
                    Model expected = new LinkedHashModel();
                    mine.find().forEachRemaining(t -> expected.add(org.safkg.rdf4j.TermConverter.toRdf4jStatement(t)));
                    assertTrue(Models.isomorphic(expected, remote), "<" + g + "> is the graph pushed, load " + round);
                }
            } finally {
                repo.shutDown();
            }
        }
    }

    @TestFactory
    @Order(2)
    List<DynamicTest> everyCompetencyQueryGivesTheLocalAnswerWithServerSideBindings() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QueryCases c : QueryCases.all()) {
            tests.add(DynamicTest.dynamicTest(c.label(), () -> {
                Map<String, Node> bound = QueryRunner.bind(c.query(), c.params());
                ResultTable expected = ResultTable.of(QueryRunner.select(local.datasetGraph(), c.query(), bound));
                HTTPRepository repo = new HTTPRepository(repositoryUrl);
                try {
                    // HTTPRepository sends bindings as protocol parameters ($name=term): bound by the server, not pasted
                    ResultTable remote = Rdf4jEngine.select(repo, c.query().sparql(), bound);
                    assertEquals(expected.vars(), remote.vars());
                    assertEquals(expected.comparable(c.ordered()), remote.comparable(c.ordered()), c.label());
                } finally {
                    repo.shutDown();
                }
            }));
        }
        return tests;
    }
}
