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
        List<ScaleBenchmark.Step> steps = new ScaleBenchmark(tmp, List.of("-Xmx512m")).run(3_000);
        assertEquals(List.of("generate the bundle (in this JVM)", "safkg load", "safkg load --out x.nq", "tdb2.tdbloader --loader=basic x.nq",
                "riot --count x.nq", "safkg serve: start to first answer", "plain Fuseki: start to first answer"),
                steps.stream().map(ScaleBenchmark.Step::what).toList());
        steps.forEach(s -> assertTrue(s.seconds() > 0, s.toString()));
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            steps.subList(1, 5).forEach(s -> assertTrue(s.peakRssMb() > 0, "peak RSS of " + s));
        }
        Path dir = tmp.resolve("scale-3000");
        assertEquals(quads(dir.resolve("plain-tdb2")), quads(dir.resolve("safkg-tdb2")), "tdbloader loaded what safkg load --out wrote");
        assertTrue(quads(dir.resolve("safkg-tdb2")) > 3_000, "about the size asked for");
        String table = ScaleBenchmark.table(3_000, steps);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("safkg load / tdbloader basic: time ")), table);
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
