package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --scale} at a small size: every step runs in its own JVM, and both stores hold the same quads. */
class ScaleBenchmarkTest {
    @TempDir
    Path tmp;

    @org.junit.jupiter.api.BeforeAll
    static void home() {
        System.setProperty("safkg.home", InProcessSafkg.ROOT.toString()); // serve reads fuseki-config/ there
    }

    @Test
    void everyStepRunsAndSafkgAndTdbloaderStoreTheSameQuads() {
        List<ScaleBenchmark.Step> steps = new ScaleBenchmark(tmp, List.of("-Xmx512m"), 2).run(3_500);
        assertEquals(List.of("generate the bundle (in this JVM)", "safkg load", "safkg load --out x.nq", "tdb2.tdbloader --loader=basic x.nq",
                "riot --count x.nq", "safkg serve: first start after a build (writes its class-data archive)", "safkg serve: start to first answer",
                "plain Fuseki: start to first answer", "safkg load --to (plain Fuseki, Graph Store Protocol)"),
                steps.stream().map(ScaleBenchmark.Step::what).toList());
        steps.forEach(s -> assertTrue(s.seconds() > 0, s.toString()));
        // the three loads ran twice each, into fresh stores (a second load into the same store would be a reload)
        steps.subList(1, 4).forEach(s -> {
            assertEquals(2, s.runs().size(), s.toString());
            assertEquals((s.runs().get(0) + s.runs().get(1)) / 2, s.seconds(), 1e-9, "the median of two runs is their mean: " + s);
        });
        steps.subList(4, 9).forEach(s -> assertEquals(List.of(s.seconds()), s.runs(), s.toString()));
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            steps.subList(1, 5).forEach(s -> assertTrue(s.peakRssMb() > 0, "peak RSS of " + s));
        }
        steps.subList(1, 5).forEach(s -> assertTrue(s.peakHeapMb() > 0 && s.peakHeapMb() <= 512, "peak heap of " + s + " within -Xmx512m"));
        steps.subList(1, 5).forEach(s -> assertTrue(s.liveHeapMb() <= s.peakHeapMb(), "what a collection leaves is at most the peak: " + s));
        Path dir = tmp.resolve("scale-3500");
        // (no class-data archive here: Java writes one only for a class path of jars, and the tests run from classes folders;
        // ReadmeCommandsIT checks the launcher's archive from the packaged jar)
        assertEquals(quads(dir.resolve("plain-tdb2")), quads(dir.resolve("safkg-tdb2")), "tdbloader loaded what safkg load --out wrote");
        assertTrue(quads(dir.resolve("safkg-tdb2")) > 3_200, "about the size asked for");
        assertEquals(quads(dir.resolve("safkg-tdb2")), quads(dir.resolve("pushed-tdb2")), "load --to pushed what load stored");
        ScaleBenchmark.Step push = steps.get(8);
        assertTrue(push.peakHeapMb() > 0 && push.peakHeapMb() <= 512, "peak heap of " + push + " within -Xmx512m");
        String table = ScaleBenchmark.table(3_500, steps);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("safkg load / tdbloader basic: time ") && l.contains(" (medians; run by run ")
                && l.contains("; safkg load --to / safkg load: time ")), table);
        assertTrue(table.startsWith("### 3,500 triples (synthetic bundle, seed 1); the three loads run 2 times each, alternated, medians shown"), table);
    }

    @Test
    void repeatedRunsAreReportedByTheirMedianWithEveryRunInOrder() {
        List<ScaleBenchmark.Step> runs = List.of(new ScaleBenchmark.Step("safkg load", 30.0, 1000, 400, 200),
                new ScaleBenchmark.Step("safkg load", 10.0, 900, 300, 100), new ScaleBenchmark.Step("safkg load", 20.0, 1100, 500, 150));
        ScaleBenchmark.Step median = ScaleBenchmark.Step.median(runs);
        assertEquals(new ScaleBenchmark.Step("safkg load", 20.0, 1000, 400, 150, List.of(30.0, 10.0, 20.0)), median);
    }

    @Test
    void thePeakHeapIsTheMostTheHeapHeldBeforeACollectionOrAtExit() {
        List<String> log = List.of(
                "[0.101s][info][gc] Using G1",
                "[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms",
                "[0.902s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 1G->300M(1024M) 12.1ms",
                "[1.500s][info][gc,heap,exit]  garbage-first heap   total 1048576K, used 1100000K [0x00000000c0000000, 0x0000000100000000)");
        assertEquals(1075, ScaleBenchmark.peakHeapMb(log), "the exit's 1,100,000 KB is more than the 1 GB before GC(1)");
        assertEquals(1024, ScaleBenchmark.peakHeapMb(log.subList(0, 3)));
        assertEquals(24, ScaleBenchmark.peakHeapMb(log.subList(0, 2)));
        assertEquals(-1, ScaleBenchmark.peakHeapMb(List.of("[0.101s][info][gc] Using G1")));
        assertEquals(300, ScaleBenchmark.liveHeapMb(log), "the most left after a collection: 300M after GC(1)");
        assertEquals(3, ScaleBenchmark.liveHeapMb(log.subList(0, 2)));
        assertEquals(-1, ScaleBenchmark.liveHeapMb(List.of("[1.500s][info][gc,heap,exit]  garbage-first heap   total 1048576K, used 1100000K")));
    }

    private static long quads(Path location) {
        Dataset ds = TDB2Factory.connectDataset(location.toString());
        try {
            return Txn.calculateRead(ds, () -> org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().find()));
        } finally {
            ds.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }
}
