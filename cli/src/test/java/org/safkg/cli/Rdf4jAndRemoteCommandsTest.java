package org.safkg.cli;

import static org.safkg.cli.InProcessSafkg.run;

import org.safkg.cli.InProcessSafkg.Run;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.store.StudyStore;

/** {@code query --engine rdf4j}, {@code export --format rdfxml} and {@code load --to}, run as a user runs them. */
class Rdf4jAndRemoteCommandsTest {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", ".."));

    @TempDir
    static Path tmp;




    @Test
    void queryOnRdf4jPrintsWhatJenaPrints() {
        String store = tmp.resolve("store-q").toString();
        Run jena = run("query", "who-led", "--param", "siteId=S3", "--format", "csv", "--store", store);
        Run rdf4j = run("query", "who-led", "--param", "siteId=S3", "--format", "csv", "--store", store, "--engine", "rdf4j");
        assertEquals(0, jena.code(), jena.err());
        assertEquals(0, rdf4j.code(), rdf4j.err());
        assertTrue(jena.out().startsWith("study,episode,leader,role,site\r\n"), jena.out());
        assertTrue(jena.out().lines().count() > 1, "rows for S3: " + jena.out());
        assertEquals(jena.out(), rdf4j.out());
        Run table = run("query", "codebook-usage", "--param", "schemeId=condition", "--store", store, "--engine", "rdf4j");
        assertEquals(run("query", "codebook-usage", "--param", "schemeId=condition", "--store", store).out(), table.out());
    }

    @Test
    void anUnknownEngineIsRefused() {
        Run r = run("query", "who-led", "--engine", "virtuoso", "--store", tmp.resolve("store-e").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Invalid value for option '--engine': expected one of [jena, rdf4j] (case-sensitive) but was 'virtuoso'"), r.err());
    }

    @Test
    void exportAsRdfXmlHoldsTheUnionOfTheStoresGraphs() {
        Path store = tmp.resolve("store-x");
        Path file = tmp.resolve("out/safkg.rdf");
        Run r = run("export", "--out", file.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        Graph back = RDFDataMgr.loadGraph(file.toString(), Lang.RDFXML);
        try (StudyStore s = StudyStore.open(store)) {
            Txn.executeRead(s.datasetGraph(), () -> assertTrue(s.datasetGraph().getUnionGraph().isIsomorphicWith(back)));
        }
    }

    @Test
    void loadToAGraphStoreTwiceLeavesEachGraphOnceAndSaysWhatItPushed() throws IOException {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        int port = freePort();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(port).add("/ds", remote, true).build().start();
        try {
            String url = "http://127.0.0.1:" + port + "/ds/data";
            Run first = run("load", "--to", url, "--chunk", "700");
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().startsWith("Pushed study vanguard-2022 to Graph Store Protocol endpoint " + url + ": 4 graphs, "), first.out());
            assertTrue(first.err().contains("Pushing"), "a progress bar on the error stream: " + first.err());
            long quads = quads(port);
            assertTrue(quads > 1000, "quads pushed: " + quads);
            Run again = run("load", "--to", url, "--chunk", "700");
            assertEquals(0, again.code(), again.err());
            assertEquals(quads, quads(port), "a reload duplicates nothing");
            assertEquals(4L, (long) Txn.calculateRead(remote, () -> org.apache.jena.atlas.iterator.Iter.count(remote.listGraphNodes())));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void loadToAStoreThatIsDownSaysNoGraphWasWrittenAndExitsOne() throws IOException {
        String url = "http://127.0.0.1:" + freePort() + "/ds/data";
        Run r = run("load", "--to", url);
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: pushing to Graph Store Protocol endpoint " + url + " failed on <https://w3id.org/safkg/graph/ontology>"), r.err());
        assertTrue(r.err().contains("Written in full: none"), r.err());
        assertTrue(r.err().contains("Not written: https://w3id.org/safkg/graph/ontology, https://w3id.org/safkg/graph/vanguard-2022, "
                + "https://w3id.org/safkg/graph/vanguard-2022/excerpts, https://w3id.org/safkg/graph/vanguard-2022/provenance"), r.err());
        assertTrue(r.err().contains("Run the same command again to finish: each graph is replaced, so nothing is duplicated."), r.err());
    }

    @Test
    void credentialsOnTheCommandLineAndBadTargetsAreRefusedBeforeAnythingIsRead() {
        Run creds = run("load", "--to", "http://me:secret@127.0.0.1:3030/ds/data");
        assertEquals(2, creds.code());
        assertEquals("error: --to http://me:secret@127.0.0.1:3030/ds/data: credentials must not be on the command line; set SAFKG_REMOTE_USER"
                + " and SAFKG_REMOTE_PASSWORD, or name a file in SAFKG_REMOTE_CREDENTIALS", creds.err().strip());
        Run scheme = run("load", "--to", "ftp://127.0.0.1/ds");
        assertEquals(2, scheme.code());
        assertTrue(scheme.err().startsWith("error: --to ftp://127.0.0.1/ds: give an http(s) URL of a Graph Store Protocol endpoint"), scheme.err());
        Run repo = run("load", "--to", "rdf4j:http://127.0.0.1:8080/rdf4j-server");
        assertEquals(2, repo.code());
        assertTrue(repo.err().contains("an RDF4J target must end with /repositories/ID"), repo.err());
        Run both = run("load", "--to", "http://127.0.0.1:1/ds/data", "--out", tmp.resolve("x.nq").toString());
        assertEquals(2, both.code());
        assertEquals("error: give --to (a remote store) or --out (a file), not both", both.err().strip());
    }

    private static long quads(int port) {
        try (RDFConnection c = RDFConnection.connect("http://127.0.0.1:" + port + "/ds")) {
            return c.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").execSelect().next().getLiteral("n").getLong();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
