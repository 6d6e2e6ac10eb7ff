package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.cli.InProcessSafkg.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safkg bench} refuses what it cannot measure with one line, and a step that fails stops it with one line. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void optionsItCannotMeasureWithAreRefusedWithOneLine() {
        assertRefused("error: --runs must be at least 1, --min-warmup-rounds at least 0 and --max-warmup-rounds at least --min-warmup-rounds\n",
                run("bench", "--side-by-side", "--runs", "0"));
        assertRefused("error: --side-by-side starts its own servers: leave out --endpoint and --user\n",
                run("bench", "--side-by-side", "--endpoint", "http://localhost:1/ds/query"));
        assertRefused("error: --scale sizes must be at least 1 triple\n", run("bench", "--scale", "1000,0"));
    }

    @Test
    void aScaleStepThatFailsStopsTheBenchmarkWithOneLine() {
        InProcessSafkg.Run r = run("bench", "--scale", "3000", "--java-opts=-XX:NoSuchOption", "--work", tmp.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("error: safkg load failed: ") && r.err().contains("Unrecognized VM option 'NoSuchOption'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.out().contains("###"), "no figures: " + r.out());
    }

    private static void assertRefused(String line, InProcessSafkg.Run r) {
        assertEquals(2, r.code(), r.err());
        assertEquals(line, r.err());
        assertEquals("", r.out());
    }
}
