package org.safkg.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFFormat;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.CsvBundleSource;
import org.safkg.pipeline.RdfFileSink;
import org.safkg.pipeline.StudyPipeline;
import org.safkg.synthetic.SyntheticBundleGenerator;

/**
 * {@code load --to} at scale: a synthetic bundle ({@code -Dsafkg.pushTriples}, default 1,000,000) pushed, streamed, by a
 * JVM of its own with a small heap ({@code -Dsafkg.pushHeap}, default 512m) to a real RDF4J Server (NativeStore
 * repository, RDF4J REST protocol) and to a real standalone Fuseki (TDB2, Graph Store Protocol); each store must then
 * hold exactly the quads of {@code load --out}'s file. Then the same push to Fuseki with the study mapped into memory
 * first (as before streaming), with a heap large enough for it, for the heap side by side. Not in the default run:
 * {@code mvn -B -pl rdf4j -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=RemoteScaleBenchmark -Dsafkg.excludedGroups=}
 * Figures in rdf4j/RESULTS.md.
 */
@Tag("benchmark")
class RemoteScaleBenchmark {
    static final long TRIPLES = Long.getLong("safkg.pushTriples", 1_000_000);
    static final String HEAP = System.getProperty("safkg.pushHeap", "512m");

    @TempDir
    Path tmp;

    /** One push: wall time of the pushing JVM, the quads it reported, its heap at the fullest and the most a collection left. */
    record Push(String what, double seconds, long quads, long peakHeapMb, long heapAfterGcMb) {
        String line() {
            return String.format("BENCHMARK %s: %,d quads in %.1f s (%,.0f quads/s), peak heap %d MB, heap after GC %d MB", what, quads, seconds,
                    quads / seconds, peakHeapMb, heapAfterGcMb);
        }
    }

    @Test
    void aStreamedPushOfALargeStudyFitsASmallHeapAndEachStoreHoldsExactlyTheStudy() throws Exception {
        Path bundle = tmp.resolve("bundle");
        new SyntheticBundleGenerator(1).generate(TRIPLES, bundle);
        Path nq = tmp.resolve("study.nq");
        StudyPipeline.standard().run(new CsvBundleSource(bundle, java.time.Clock.systemUTC(), 4L << 30), new RdfFileSink(nq, RDFFormat.NQUADS_UTF8, true));
        long expected;
        try (var lines = Files.lines(nq, StandardCharsets.UTF_8)) {
            expected = lines.count();
        }
        List<Push> pushes = new ArrayList<>();

        try (Rdf4jServerProcess server = Rdf4jServerProcess.start(tmp.resolve("rdf4j"), "2g")) {
            String repositoryUrl = server.url() + "/repositories/scale";
            server.createNativeRepository(repositoryUrl);
            Push p = push("streamed to the RDF4J Server (NativeStore), -Xmx" + HEAP, bundle, RemoteTargets.RDF4J_SCHEME + repositoryUrl, "streamed", HEAP, Map.of());
            pushes.add(p);
            HTTPRepository repo = new HTTPRepository(repositoryUrl);
            try (RepositoryConnection c = repo.getConnection()) {
                assertEquals(expected, c.size(), "statements on the RDF4J Server");
            } finally {
                repo.shutDown();
            }
            assertEquals(expected, p.quads(), "quads the push reported");
        }

        Map<String, String> loader = Map.of(RemoteCredentials.USER_ENV, FusekiProcess.USER, RemoteCredentials.PASSWORD_ENV, FusekiProcess.PASSWORD);
        try (FusekiProcess fuseki = FusekiProcess.start(tmp.resolve("fuseki"))) {
            pushes.add(push("streamed to Fuseki (TDB2, Graph Store Protocol), -Xmx" + HEAP, bundle, fuseki.data(), "streamed", HEAP, loader));
            assertEquals(expected, quads(fuseki), "quads on Fuseki");
            pushes.add(push("mapped into memory first, to Fuseki, -Xmx4g", bundle, fuseki.data(), "in-memory", "4g", loader));
            assertEquals(expected, quads(fuseki), "quads on Fuseki after the second push (each graph replaced)");
        }
        pushes.forEach(p -> System.out.println(p.line()));
        System.out.printf("BENCHMARK %,d quads (load --out's file); streamed / in memory, to Fuseki: time %.2f, heap after GC %.2f%n", expected,
                pushes.get(1).seconds() / pushes.get(2).seconds(), (double) pushes.get(1).heapAfterGcMb() / pushes.get(2).heapAfterGcMb());
        pushes.forEach(p -> assertTrue(p.quads() == expected, p.line()));
    }

    private Push push(String what, Path bundle, String to, String mode, String heap, Map<String, String> env) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), PushMain.class.getName(),
                bundle.toString(), to, mode);
        Path log = tmp.resolve("push.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SAFKG_REMOTE_"));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(1, TimeUnit.HOURS)) p.destroyForcibly();
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
        String last = out.isEmpty() ? "" : out.get(out.size() - 1);
        assertEquals(0, p.exitValue(), what + " failed: " + String.join(" / ", out.subList(Math.max(0, out.size() - 5), out.size())));
        String[] f = last.split(" ");
        assertEquals("PUSHED", f[0], what + ": " + last);
        return new Push(what, seconds, Long.parseLong(f[1]), Long.parseLong(f[3]), Long.parseLong(f[5]));
    }

    private static long quads(FusekiProcess fuseki) {
        try (RDFConnection conn = RDFConnection.connect(fuseki.sparql())) {
            return conn.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").execSelect().next().getLiteral("n").getLong();
        }
    }
}
