package org.safkg.cli;

import static org.safkg.cli.InProcessSafkg.run;

import org.safkg.cli.InProcessSafkg.Run;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands the README promises, run in-process exactly as ./safkg runs them. */
class CliTest {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;




    @Test
    void queryWhoLedLoadsTheBundledStudyIntoAnEmptyStoreAndPrintsTheLeaders() {
        Run r = run("query", "who-led", "--store", tmp.resolve("tdb2").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("is empty: loading the bundled study"), r.err());
        assertTrue(r.out().startsWith("study         | episode | leader "), r.out());
        assertTrue(r.out().contains("\nvanguard-2022 | E03     | Site 6 respondent S6R06, the Site 6 PPIE lead "), r.out());
        assertTrue(r.out().contains(" | boundary spanning | Site 6\n"), r.out());
        assertTrue(r.out().contains("\nvanguard-2022 | E07     | CCG Chief Officer in one Vanguard (site not stated) "), r.out());
        for (int site = 1; site <= 6; site++) assertTrue(r.out().contains("| Site " + site + "\n"), "site " + site + " in " + r.out());
        assertTrue(r.out().endsWith("\n21 rows\n"), r.out());
    }

    @Test
    void respondentsByTypeAsCsvIsTableOneExactly() {
        Run r = run("query", "respondents-by-type", "--format", "csv", "--store", tmp.resolve("tdb2").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\r\n",
                "study,respondentType,interviewed,inFocusGroups",
                "vanguard-2022,NHS employees (current / past),48,14",
                "vanguard-2022,Local Authority (LA),4,0",
                "vanguard-2022,Private/Community/Charity sector,9,1",
                "vanguard-2022,Public contributor,1,4",
                "vanguard-2022,Total,62,19", ""), r.out());
    }

    @Test
    void parametersAreBoundAndCheckedNotPasted() {
        Path store = tmp.resolve("tdb2");
        Run s3 = run("query", "who-led", "--param", "siteId=S3", "--format", "csv", "--store", store.toString());
        assertEquals(0, s3.code(), s3.err());
        assertEquals(4, s3.out().split("\r\n").length, s3.out());
        Run injection = run("query", "who-led", "--param", "siteId=S3\" || true || \"", "--format", "csv", "--store", store.toString());
        assertEquals(2, injection.code());
        assertEquals("", injection.out());
        assertTrue(injection.err().startsWith("error: parameter siteId: nothing in the store has the id 'S3\" || true || \"'. Nearest: "), injection.err());
        Run unknown = run("query", "who-led", "--param", "site=S3", "--store", store.toString());
        assertEquals(2, unknown.code());
        assertEquals("error: query who-led has no parameter 'site'; it takes: siteId, studyId\n", unknown.err().replace("\r", ""));
        Run missing = run("query", "site-leadership", "--store", store.toString());
        assertEquals(2, missing.code());
        assertEquals("error: query site-leadership needs --param siteId=... (the site's identifier, e.g. S3)\n", missing.err().replace("\r", ""));
    }

    @Test
    void validateReportsAMisspelledSkillWithFileLineColumnAndNearestValueAndLoadsNothing() throws IOException {
        Path bundle = copy(ROOT.resolve("data/vanguard-2022"), tmp.resolve("bundle"));
        Path episodes = bundle.resolve("episodes.csv");
        List<String> lines = Files.readAllLines(episodes, StandardCharsets.UTF_8);
        int line = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).contains(",mobilising,")) { line = i + 1; lines.set(i, lines.get(i).replaceFirst(",mobilising,", ",mobilsing,")); break; }
        }
        assertTrue(line > 0, "the bundle has an episode whose only skill is mobilising");
        Files.write(episodes, lines, StandardCharsets.UTF_8);

        Run v = run("validate", bundle.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().startsWith(episodes + ":" + line + ":5: error [concept-unknown] column 'skills': \"mobilsing\" is not a concept of scheme \"skill\". "
                + "Did you mean \"mobilising\"? Valid values: "), v.err());
        assertTrue(v.err().endsWith("1 error; nothing was loaded.\n"), v.err());

        Path store = tmp.resolve("tdb2");
        Run load = run("load", bundle.toString(), "--store", store.toString());
        assertEquals(2, load.code());
        assertFalse(Files.exists(store.resolve("Data-0001")) && hasTriples(store), "nothing was loaded");
    }

    @Test
    void validateAcceptsTheBundledStudy() {
        Run v = run("validate");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().endsWith("valid study bundle 'vanguard-2022' (19 episodes, 13 excerpts)\n"), v.out());
    }

    @Test
    void loadToAFileWritesTriG() throws IOException {
        Path out = tmp.resolve("vanguard.trig");
        Run r = run("load", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String trig = Files.readString(out);
        assertTrue(trig.contains("<https://w3id.org/safkg/graph/vanguard-2022/excerpts>"), "named graphs kept");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("load", "validate", "query", "export")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            // a one-sentence summary, then the usage
            assertTrue(r.out().lines().findFirst().orElse("").endsWith(".") && r.out().contains("\nUsage: safkg " + cmd), r.out());
        }
    }

    private static boolean hasTriples(Path store) {
        try (var s = org.safkg.store.StudyStore.open(store)) {
            return !s.isEmpty();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }
}
