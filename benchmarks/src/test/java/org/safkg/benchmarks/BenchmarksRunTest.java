package org.safkg.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH benchmarks run (small, in this JVM, one short iteration each) and give a figure for every benchmark and
 * parameter; their set-up refuses to time a lookup whose rows differ from the filter's or are none.
 */
class BenchmarksRunTest {

    @Test
    void everyBenchmarkRunsAndTheReportHasItsRatio() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(BundleBenchmark.class.getName()).include(ParameterBindingBenchmark.class.getName())
                .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
                .param("triples", "20000").shouldFailOnError(true).build()).run();
        Set<String> ran = new TreeSet<>();
        for (RunResult r : results) {
            String b = r.getParams().getBenchmark();
            String binding = r.getParams().getParam("binding");
            ran.add(b.substring(b.lastIndexOf('.') + 1) + (binding == null ? "" : " " + binding));
            assertTrue(r.getPrimaryResult().getScore() > 0, b + " " + binding);
            assertEquals("20000", r.getParams().getParam("triples"));
        }
        assertEquals(new TreeSet<>(List.of("map", "readAndValidate",
                "filter codebook-usage:schemeId=condition", "filter evidence:episodeId=E05", "filter through-what:episodeId=E03",
                "filter under-which-conditions:episodeId=E05", "lookup codebook-usage:schemeId=condition", "lookup evidence:episodeId=E05",
                "lookup through-what:episodeId=E03", "lookup under-which-conditions:episodeId=E05")), ran);
        String report = BenchmarkMain.report(results);
        assertEquals(4, report.lines().filter(l -> l.matches("\\| binding=[^|]+, triples=20000 \\| \\d+\\.\\d \\|")).count(), report);
    }

    @Test
    void theMappingBenchmarkMapsTheWholeBundle() throws Exception {
        BundleBenchmark b = new BundleBenchmark();
        b.triples = 20_000;
        b.generate();
        try {
            long quads = b.map();
            // a load's 20,000 quads less the ontology graph's 1,414 and the load's provenance, which the mapping does not make
            assertTrue(quads > 18_000 && quads < 19_500, quads + " quads for a 20,000-triple bundle");
            assertEquals(quads, b.map(), "the same quads each time");
        } finally {
            b.delete();
        }
    }

    @Test
    void aBindingTheStudyDoesNotHaveIsRefusedRatherThanTimed() throws Exception {
        ParameterBindingBenchmark b = new ParameterBindingBenchmark();
        b.triples = 5000;
        b.binding = "evidence:episodeId=E99999";
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, b::load);
        assertEquals("evidence:episodeId=E99999: the lookup gave 0 rows, the filter 0 (none: the value is not in the synthetic study)",
                e.getMessage());
        b.close();
    }
}
