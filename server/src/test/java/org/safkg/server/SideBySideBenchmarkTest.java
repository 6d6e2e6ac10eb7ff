package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.safkg.query.QueryCatalog;

/** The side-by-side harness at study size: every query measured the fixed number of times on every endpoint, ratios printed. */
class SideBySideBenchmarkTest {

    @Test
    void everyQueryRunsTheFixedNumberOfTimesOnEveryEndpointAndTheTableHasItsRatios() {
        TestServer s = TestServer.get();
        List<HttpBenchmark.Job> jobs = HttpBenchmark.workload(QueryCatalog.fromFolder(TestServer.ROOT.resolve("queries")), TestServer.ROOT.resolve("queries"));
        // a query runs with its parameter bound, an optional one too (evidence.expected.episodeId=E05.csv), as researchers ask it
        HttpBenchmark.Job evidence = jobs.stream().filter(j -> j.query().name().equals("evidence")).findFirst().orElseThrow();
        assertEquals(List.of("E05"), evidence.bindings().values().stream().map(n -> n.getLiteralLexicalForm()).toList());
        HttpBenchmark.Job unbound = jobs.stream().filter(j -> j.query().name().equals("study-metadata")).findFirst().orElseThrow();
        assertEquals(java.util.Map.of(), unbound.bindings(), "a query without an expectation file for a parameter runs as it is");
        try (PlainFuseki plain = PlainFuseki.start(s.store.datasetGraph())) {
            List<SideBySideBenchmark.Target> targets = List.of(
                    new SideBySideBenchmark.Target("public", s.url("/safkg/query"), null),
                    new SideBySideBenchmark.Target("research", s.url("/safkg-research/query"), s.login("researcher").header()),
                    new SideBySideBenchmark.Target("plain", plain.queryUrl(), null));
            SideBySideBenchmark.Report report = new SideBySideBenchmark(targets, jobs).run(4, 2, 3);
            assertEquals(jobs.stream().map(j -> j.query().name()).toList(), report.rows().stream().map(SideBySideBenchmark.Row::query).toList());
            for (SideBySideBenchmark.Row row : report.rows()) {
                for (SideBySideBenchmark.Target t : targets) {
                    double[] ms = row.millis().get(t.label());
                    assertEquals(4, ms.length, row.query() + " on " + t.label());
                    for (double v : ms) assertTrue(v > 0, row.query() + " on " + t.label() + " took " + v + " ms");
                }
            }
            assertEquals(3, report.warmupRounds(), "the limit, as ten rounds are needed to compare two windows of five");
            assertTrue(!report.warmupSettled());
            String table = SideBySideBenchmark.table(report);
            assertEquals(jobs.size(), table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| query")).count(), table);
            assertTrue(table.lines().anyMatch(l -> l.matches("public: median ratio to plain \\d+\\.\\d\\d \\(range .*\\); \\d+ of " + jobs.size() + " queries at p50 <= 5 ms\\.")), table);
            assertTrue(table.contains("Harness: ASK {} on plain, p50 "), table);
            double median = SideBySideBenchmark.medianRatio(report, "public");
            assertTrue(median > 0 && Double.isFinite(median), "median ratio " + median);
        }
    }

    @Test
    void aQueryAnEndpointTimesOutOnIsReportedAsNotMeasuredAndTheOthersGoOn() {
        TestServer s = TestServer.get();
        List<HttpBenchmark.Job> jobs = HttpBenchmark.workload(QueryCatalog.fromFolder(TestServer.ROOT.resolve("queries")), TestServer.ROOT.resolve("queries"));
        // a real Fuseki with a 100 ms timeout over a copy of the store, whose reads of skos:notation take 150 ms each: the
        // queries that read a concept's notation time out there, the others answer
        Node notation = SKOS.notation.asNode();
        org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.system.Txn.executeRead(s.store.datasetGraph(), () ->
                s.store.datasetGraph().find().forEachRemaining(q -> copy.add(q.asTriple())));
        org.apache.jena.graph.Graph slowGraph = new org.apache.jena.sparql.graph.GraphWrapper(copy) {
            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find(Node sub, Node p, Node o) {
                if (notation.equals(p)) pause();
                return super.find(sub, p, o);
            }

            @Override
            public org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> find(org.apache.jena.graph.Triple t) {
                return find(t.getSubject(), t.getPredicate(), t.getObject());
            }
        };
        DatasetGraph slow = org.apache.jena.sparql.core.DatasetGraphFactory.wrap(slowGraph);
        slow.getContext().set(org.apache.jena.query.ARQ.queryTimeout, "100");
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).verbose(false).add("/slow", slow, false).build().start();
        try {
            List<SideBySideBenchmark.Target> targets = List.of(new SideBySideBenchmark.Target("public", s.url("/safkg/query"), null),
                    new SideBySideBenchmark.Target("slow", "http://localhost:" + fuseki.getHttpPort() + "/slow/query", null));
            SideBySideBenchmark.Report report = new SideBySideBenchmark(targets, jobs).run(2, 1, 2);
            List<String> all = jobs.stream().map(j -> j.query().name()).toList();
            List<String> measured = report.rows().stream().map(SideBySideBenchmark.Row::query).toList();
            assertTrue(report.notMeasured().containsKey("codebook-usage"), report.notMeasured().toString());
            assertTrue(measured.contains("who-led"), measured.toString());
            // every query is measured or reported, none both
            assertEquals(new java.util.TreeSet<>(all), new java.util.TreeSet<>(java.util.stream.Stream.concat(measured.stream(),
                    report.notMeasured().keySet().stream()).toList()));
            assertEquals(all.size(), measured.size() + report.notMeasured().size());
            report.notMeasured().values().forEach(why -> assertTrue(why.startsWith("slow answered 503 to "), why));
            String table = SideBySideBenchmark.table(report);
            assertTrue(table.contains("Not measured: codebook-usage (slow answered 503 to codebook-usage: "), table);
            assertEquals(measured.size(), table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| query")).count(), table);
        } finally {
            fuseki.stop();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anEndpointThatRefusesIsAnErrorNotAFigure() {
        TestServer s = TestServer.get();
        List<HttpBenchmark.Job> jobs = HttpBenchmark.workload(QueryCatalog.fromFolder(TestServer.ROOT.resolve("queries")), TestServer.ROOT.resolve("queries"));
        SideBySideBenchmark bench = new SideBySideBenchmark(List.of(
                new SideBySideBenchmark.Target("research without login", s.url("/safkg-research/query"), null),
                new SideBySideBenchmark.Target("public", s.url("/safkg/query"), null)), jobs);
        SideBySideBenchmark.Refused e = assertThrows(SideBySideBenchmark.Refused.class, () -> bench.run(1, 1, 3));
        assertTrue(e.getMessage().startsWith("research without login answered 401 to " + jobs.get(0).query().name() + ": "), e.getMessage());
    }
}
