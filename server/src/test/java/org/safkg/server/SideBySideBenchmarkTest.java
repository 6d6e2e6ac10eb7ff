package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safkg.query.QueryCatalog;

/** The side-by-side harness at study size: every query measured the fixed number of times on every endpoint, ratios printed. */
class SideBySideBenchmarkTest {

    @Test
    void everyQueryRunsTheFixedNumberOfTimesOnEveryEndpointAndTheTableHasItsRatios() {
        TestServer s = TestServer.get();
        List<HttpBenchmark.Job> jobs = HttpBenchmark.workload(QueryCatalog.fromFolder(TestServer.ROOT.resolve("queries")), TestServer.ROOT.resolve("queries"));
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
