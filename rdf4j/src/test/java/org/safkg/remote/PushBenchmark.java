package org.safkg.remote;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.SAF;

/**
 * How fast {@code load --to} pushes to a standalone Fuseki (TDB2) for a few chunk sizes, on a
 * synthetic graph of 200,000 triples (identifiers and counts only). Not part of the default run:
 * {@code mvn -pl rdf4j -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=PushBenchmark -Dsafkg.excludedGroups=}
 * Figures in rdf4j/RESULTS.md.
 */
@Tag("benchmark")
class PushBenchmark {
    static final int TRIPLES = 200_000;

    @TempDir
    Path tmp;

    @Test
    void pushThroughputByChunkSize() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Graph g = dsg.getGraph(NodeFactory.createURI(Namespaces.GRAPH + "benchmark"));
        for (int i = 0; i < TRIPLES; i++) {
            g.add(Triple.create(NodeFactory.createURI(Namespaces.STUDY + "benchmark/episode/E" + (i / 4)),
                    NodeFactory.createURI(SAF.NS + "p" + (i % 4)), NodeFactory.createLiteralDT(Integer.toString(i),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        }
        Optional<RemoteCredentials> loader = Optional.of(new RemoteCredentials(FusekiProcess.USER, FusekiProcess.PASSWORD));
        try (FusekiProcess fuseki = FusekiProcess.start(tmp.resolve("fuseki"))) {
            for (int chunk : new int[] {2_000, 10_000, 50_000, TRIPLES}) {
                for (int run = 1; run <= 2; run++) {
                    long t0 = System.nanoTime();
                    new RemoteLoad(chunk).push(dsg, new GraphStoreTarget(fuseki.data(), loader), new RemoteLoad.Listener() {});
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("BENCHMARK push %d triples, chunk %d, run %d: %.2f s, %.0f triples/s%n", TRIPLES, chunk, run, s, TRIPLES / s);
                    // the figure is only worth printing if the push did what it says: every triple there, once (a graph is replaced)
                    try (var exec = org.apache.jena.sparql.exec.http.QueryExecHTTP.service(fuseki.sparql())
                            .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                        org.junit.jupiter.api.Assertions.assertEquals(TRIPLES, Integer.parseInt(exec.select().next().get("n").getLiteralLexicalForm()));
                    }
                    org.junit.jupiter.api.Assertions.assertTrue(s > 0 && TRIPLES / s > 100, "implausible throughput " + TRIPLES / s);
                }
            }
        }
    }
}
