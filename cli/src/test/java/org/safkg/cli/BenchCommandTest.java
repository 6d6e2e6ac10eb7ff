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
        assertRefused("error: --repeat must be at least 1\n", run("bench", "--scale", "1000", "--repeat", "0"));
    }

    @Test
    void aQueryNameThatIsNoCompetencyQueryIsRefusedWithTheNamesThereAre() throws java.io.IOException {
        String names;
        try (var files = java.nio.file.Files.list(InProcessSafkg.ROOT.resolve("queries"))) {
            names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq")).map(f -> f.substring(0, f.length() - 3))
                    .sorted().collect(java.util.stream.Collectors.joining(", "));
        }
        assertTrue(names.startsWith("codebook-usage, compare-studies, "), names);
        assertRefused("error: --queries: no competency query 'who-lead'; the queries are: " + names + "\n",
                run("bench", "--side-by-side", "--queries", "evidence,who-lead", "--store", tmp.resolve("store").toString()));
        assertFalse(java.nio.file.Files.exists(tmp.resolve("store")), "refused before the store is opened");
    }

    @Test
    void sideBySideMeasuresOnlyTheQueriesNamed() {
        InProcessSafkg.Run r = run("bench", "--side-by-side", "--queries", "who-led,evidence", "--runs", "2", "--min-warmup-rounds", "0",
                "--max-warmup-rounds", "0", "--store", tmp.resolve("store").toString());
        assertEquals(0, r.code(), r.err());
        java.util.List<String> rows = r.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| query")).map(l -> l.split(" \\| ")[0])
                .toList();
        assertEquals(java.util.List.of("| evidence", "| who-led"), rows, r.out());
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
