package org.safkg.links;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safkg.load.StudyLoader;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;

/**
 * Federation: the ICB join through SERVICE against a second SPARQL endpoint (a real Fuseki on
 * 127.0.0.1 holding only the reference data) gives exactly the rows of the local join.
 */
class FederationTest {
    private static StudyStore studyOnly;
    private static StudyStore referenceOnly;
    private static StudyStore both;
    private static FusekiServer server;
    private static String referenceEndpoint;
    private static String studyEndpoint;

    @BeforeAll
    static void start() {
        studyOnly = StudyStore.inMemory();
        referenceOnly = StudyStore.inMemory();
        both = StudyStore.inMemory();
        new StudyLoader().load(Fixtures.fictionalBundle(), studyOnly);
        new StudyLoader().load(Fixtures.fictionalBundle(), both);
        for (StudyStore s : List.of(referenceOnly, both)) {
            new ReferenceLoader().load(Fixtures.icbSample(), "icb-2024", ReferenceLoader.Origin.UNKNOWN, s);
        }
        server = FusekiServer.create().loopback(true).port(0)
                .add("/safkg", studyOnly.datasetGraph(), false)
                .add("/reference", referenceOnly.datasetGraph(), false)
                .build().start();
        referenceEndpoint = "http://127.0.0.1:" + server.getHttpPort() + "/reference/sparql";
        studyEndpoint = "http://127.0.0.1:" + server.getHttpPort() + "/safkg/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
        for (StudyStore s : List.of(studyOnly, referenceOnly, both)) s.close();
    }

    private static List<List<String>> local(String icb) {
        CompetencyQuery q = Fixtures.query("episodes-in-icb");
        return Fixtures.rows(QueryRunner.select(both.datasetGraph(), q, QueryRunner.bind(q, Map.of("icbCode", icb))));
    }

    private static Map<String, String> params(String icb) {
        return Map.of("endpoint", referenceEndpoint, "icbCode", icb);
    }

    @Test
    void serviceFromTheLocalStoreGivesTheLocalJoinsRows() {
        CompetencyQuery q = Fixtures.linkedQuery("episodes-in-icb-service");
        for (String icb : List.of("E54000008", "E54000027", "E54000010")) {
            List<List<String>> remote = Fixtures.rows(QueryRunner.select(studyOnly.datasetGraph(), q, QueryRunner.bind(q, params(icb))));
            assertEquals(local(icb), remote, icb);
        }
        assertEquals(Fixtures.csv(Fixtures.root().resolve("queries/linked/episodes-in-icb-service.expected.icbCode=E54000008.csv")),
                local("E54000008"));
        assertEquals(3, local("E54000008").size(), "the comparison is not between two empty results");
    }

    @Test
    void serviceFromOneFusekiDatasetToAnotherGivesTheSameRows() {
        CompetencyQuery q = Fixtures.linkedQuery("episodes-in-icb-service");
        Map<String, Node> bound = QueryRunner.bind(q, params("E54000008"));
        // the parameters become terms of the query's syntax tree (SERVICE ?endpoint -> SERVICE <...>), never text
        Query query = QueryTransformOps.replaceVars(QueryFactory.create(q.sparql()), toVars(bound));
        try (QueryExecHTTP exec = QueryExecHTTP.service(studyEndpoint).query(query).build()) {
            ResultSet rs = ResultSet.adapt(exec.select());
            assertEquals(local("E54000008"), Fixtures.rows(ResultSetFactory.copyResults(rs)));
        }
    }

    @Test
    void theEndpointMustBeAnIri() {
        CompetencyQuery q = Fixtures.linkedQuery("episodes-in-icb-service");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryRunner.bind(q, Map.of("endpoint", "not an iri> } DROP ALL", "icbCode", "E54000008")));
        assertEquals("parameter endpoint must be an absolute IRI, got 'not an iri> } DROP ALL'", e.getMessage());
    }

    private static Map<org.apache.jena.sparql.core.Var, Node> toVars(Map<String, Node> bound) {
        Map<org.apache.jena.sparql.core.Var, Node> m = new java.util.HashMap<>();
        bound.forEach((k, v) -> m.put(org.apache.jena.sparql.core.Var.alloc(k), v));
        return m;
    }
}
