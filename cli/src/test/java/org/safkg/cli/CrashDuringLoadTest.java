package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.store.StudyStore;
import org.safkg.synthetic.SyntheticBundleGenerator;

/**
 * kill -9 at 20 seeded random moments of a load of a generated 100k-triple bundle into a store holding the bundled
 * study: every time, the store opens and holds either the old content or the old plus the whole new study.
 */
@Tag("slow")
class CrashDuringLoadTest {
    private static final String NEW_STUDY_GRAPHS = "https://w3id.org/safkg/graph/synthetic-";

    @TempDir
    Path tmp;

    @Test
    void killNineAtTwentyMomentsLeavesTheOldOrTheNewStudy() throws Exception {
        SyntheticBundleGenerator.Summary syn = new SyntheticBundleGenerator(17).generate(110_000, tmp.resolve("syn"));
        assertTrue(syn.expectedTriples() >= 100_000, syn.toString());
        Path pristine = tmp.resolve("pristine");
        assertEquals(0, safkg("load", "--store", pristine.toString()).waitFor(), "loading the bundled study");

        Path oldCopy = copyOf(pristine, "old");
        State old = state(oldCopy);
        Path newCopy = copyOf(pristine, "new");
        long started = System.nanoTime();
        Process full = safkg("load", syn.folder().toString(), "--store", newCopy.toString());
        assertEquals(0, full.waitFor(), "loading the generated bundle");
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        State loaded = state(newCopy);
        assertTrue(loaded.synQuads() > 100_000, loaded.toString());
        assertTrue(old.sameOthers(loaded), "the bundled study is untouched by another study's load");

        SplittableRandom r = new SplittableRandom(42);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path store = copyOf(pristine, "crash-" + i);
            // half anywhere in the run, half in its last 40%, where the write transaction is
            long from = i < 10 ? 300 : fullMillis * 6 / 10;
            long delay = from + r.nextLong(Math.max(1, fullMillis - from));
            Process p = safkg("load", syn.folder().toString(), "--store", store.toString());
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
                p.waitFor();
            }
            State after = state(store);
            assertTrue(old.sameOthers(after), "crash " + i + " at " + delay + " ms changed the bundled study");
            boolean none = after.synQuads() == 0;
            assertTrue(none || after.sameAs(loaded), "crash " + i + " at " + delay + " ms left part of the new study: " + after.synQuads() + " quads");
            outcomes.add(delay + " ms: " + (none ? "old" : "new"));
        }
        System.out.println("kill -9 moments and outcomes: " + outcomes);
    }

    /**
     * What a store holds: the graphs other than the new study's, and the new study's (its provenance, with the load's
     * times, aside). Compared graph by graph as RDF (isomorphism): a reload of the ontology gives its blank nodes new labels.
     */
    record State(DatasetGraph others, DatasetGraph syn, long synQuads) {
        boolean sameOthers(State o) {
            return sameGraphs(others, o.others);
        }

        boolean sameAs(State o) {
            return sameGraphs(others, o.others) && sameGraphs(syn, o.syn) && synQuads == o.synQuads;
        }

        private static boolean sameGraphs(DatasetGraph a, DatasetGraph b) {
            java.util.Set<org.apache.jena.graph.Node> names = new java.util.HashSet<>();
            a.listGraphNodes().forEachRemaining(names::add);
            java.util.Set<org.apache.jena.graph.Node> other = new java.util.HashSet<>();
            b.listGraphNodes().forEachRemaining(other::add);
            if (!names.equals(other)) return false;
            for (org.apache.jena.graph.Node g : names) {
                if (!a.getGraph(g).isIsomorphicWith(b.getGraph(g))) return false;
            }
            return true;
        }
    }

    private static State state(Path location) {
        try (StudyStore s = StudyStore.open(location)) {
            DatasetGraph dsg = s.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                DatasetGraph others = DatasetGraphFactory.create();
                DatasetGraph syn = DatasetGraphFactory.create();
                long[] n = {0};
                dsg.find().forEachRemaining(q -> {
                    String g = q.getGraph().getURI();
                    if (g.startsWith(NEW_STUDY_GRAPHS)) {
                        n[0]++;
                        if (!g.endsWith("/provenance")) syn.add(q);
                    } else {
                        others.add(q);
                    }
                });
                return new State(others, syn, n[0]);
            });
        }
    }

    /** safkg in a process of its own, as a user runs it (this JVM must not open the stores it writes). */
    private static Process safkg(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Dsafkg.home=" + InProcessSafkg.ROOT, SafkgCommand.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private Path copyOf(Path store, String name) throws IOException {
        Path to = tmp.resolve(name);
        copyTree(store, to);
        Path text = store.resolveSibling(store.getFileName() + "-text");
        if (Files.exists(text)) copyTree(text, to.resolveSibling(name + "-text"));
        return to;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
