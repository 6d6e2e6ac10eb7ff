package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.safkg.cli.InProcessSafkg.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.cli.InProcessSafkg.Run;

/** {@code safkg generate}: its bundle passes {@code validate} and loads; a bad size is refused in one line. */
class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aGeneratedBundleValidatesAndLoads() {
        Path bundle = tmp.resolve("syn");
        Run g = run("generate", "--triples", "5000", "--seed", "42", "--out", bundle.toString());
        assertEquals(0, g.code(), g.err());
        assertEquals(bundle + ": synthetic study bundle 'synthetic-s42-b4' (24 sites, 72 episodes, 52 excerpts; about 5259 triples)\n",
                g.out().replace("\r", ""));
        Run v = run("validate", bundle.toString());
        assertEquals(0, v.code(), v.err());
        assertEquals(bundle + ": valid study bundle 'synthetic-s42-b4' (72 episodes, 52 excerpts)\n", v.out().replace("\r", ""));
        Run l = run("load", bundle.toString(), "--store", tmp.resolve("tdb2").toString());
        assertEquals(0, l.code(), l.err());
        Run q = run("query", "evidence", "--param", "episodeId=E05", "--format", "csv", "--store", tmp.resolve("tdb2").toString());
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("[synthetic]"), "the episode's evidence is the synthetic text: " + q.out());
    }

    @Test
    void refusesANonPositiveSize() {
        Run g = run("generate", "--triples", "0", "--out", tmp.resolve("x").toString());
        assertEquals(2, g.code());
        assertEquals("error: the number of triples must be positive, not 0\n", g.err().replace("\r", ""));
    }
}
