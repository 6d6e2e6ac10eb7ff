package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.cli.InProcessSafkg.ROOT;
import static org.safkg.cli.InProcessSafkg.run;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.ProblemId;

/** The promises of a load around the store: shrinking reloads, a store held by another process, reserved ids on every route, the error catalogue. */
class LoadIntegrityTest {
    @TempDir
    Path tmp;

    @Test
    void everyErrorIdIsInTheCatalogueAndTheCatalogueHasNoOther() throws Exception {
        String docs = Files.readString(ROOT.resolve("docs/errors.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| (?:<a id=\"[a-z0-9-]+\"></a>)?`([a-z0-9-]+)` \\|").matcher(docs);
        while (m.find()) documented.add(m.group(1));
        Set<String> inCode = Arrays.stream(ProblemId.values()).map(ProblemId::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, documented);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndTheLimitTheErrorSuggestsLetsItIn() throws Exception {
        Path bundle = ROOT.resolve("data/vanguard-2022");
        long largest;
        String largestName;
        try (var files = Files.list(bundle)) {
            Path f = files.filter(Files::isRegularFile).max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
            largest = Files.size(f);
            largestName = f.getFileName().toString();
        }
        String store = tmp.resolve("tdb2").toString();
        InProcessSafkg.Run refused = run("load", "--max-file-bytes", Long.toString(largest - 1), "--store", store);
        assertEquals(2, refused.code(), refused.err());
        assertEquals(bundle.resolve(largestName) + ": error [file-too-large] is " + largest + " bytes, more than the limit of " + (largest - 1)
                + " bytes per file; it was not read. Check that it is the right file; if it is, raise the limit with --max-file-bytes " + largest + ".\n",
                refused.err().lines().filter(l -> l.contains("[file-too-large]")).collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        assertEquals("1 error; nothing was loaded.", refused.err().lines().reduce((a, b) -> b).orElse(""), refused.err());
        InProcessSafkg.Run raised = run("load", "--max-file-bytes", Long.toString(largest), "--store", store);
        assertEquals(0, raised.code(), raised.err());
        assertEquals("error: --max-file-bytes must be at least 1, got 0\n", run("load", "--max-file-bytes", "0", "--store", store).err());
    }

    @Test
    void aReloadThatWouldLoseMostEpisodesIsRefusedUnlessReplaceIsGiven() throws Exception {
        String store = tmp.resolve("tdb2").toString();
        InProcessSafkg.Run first = run("load", "--store", store);
        assertTrue(first.out().endsWith("(new study: 19 episodes, 13 excerpts, 28 actors)\n"), first.out());
        Path bundle = copyOfVanguard();
        keepRows(bundle.resolve("episodes.csv"), 1);
        keepRows(bundle.resolve("findings.csv"), 0);

        InProcessSafkg.Run refused = run("load", bundle.toString(), "--store", store);
        assertEquals(2, refused.code());
        assertEquals(bundle + ": error [reload-shrinks] this reload of study 'vanguard-2022' would leave 1 episodes, 13 excerpts, 28 actors"
                + " where the store holds 19 episodes, 13 excerpts, 28 actors. If that is what you mean, load again with --replace;"
                + " otherwise check the bundle's files (a file with only its header line empties its part).\n1 error; nothing was loaded.\n", refused.err());

        InProcessSafkg.Run replaced = run("load", bundle.toString(), "--store", store, "--replace");
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(replaced.out().endsWith("(before: 19 episodes, 13 excerpts, 28 actors; now: 1 episodes, 13 excerpts, 28 actors)\n"), replaced.out());
    }

    @Test
    void aStoreHeldByAnotherProcessIsOneLineNamingItsPid() throws Exception {
        // the child creates the store: this JVM must not have opened it (TDB2 keeps a location open in the JVM that opened it)
        Path store = tmp.resolve("tdb2");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), store.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder said = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("open")) said.append(line).append('\n');
            assertEquals("open", line, "the holder did not open the store: " + said);
            for (String[] args : List.of(new String[] {"load", "--store", store.toString()}, new String[] {"query", "who-led", "--store", store.toString()})) {
                InProcessSafkg.Run r = run(args);
                assertEquals(1, r.code(), r.err());
                assertEquals("error: the store " + store + " is open in pid " + holder.pid() + ": stop it, or load into the running server with --to URL"
                        + " (e.g. --to http://localhost:3030/safkg-research/data)\n", r.err());
            }
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void aReservedStudyIdIsRefusedOnImportAndExportToo() {
        String store = tmp.resolve("tdb2").toString();
        InProcessSafkg.Run imp = run("import", ROOT.resolve("../shared/samples/refi-qda/demo.qdpx").toString(), "--as", "Ontology", "--store", store);
        assertEquals(2, imp.code());
        assertTrue(imp.err().startsWith("error: [id-reserved] study id 'Ontology': \"Ontology\" is reserved: SAF-KG names its own graphs with it"), imp.err());
        InProcessSafkg.Run exp = run("export", "--qdpx", tmp.resolve("x.qdpx").toString(), "--study", "ontology", "--store", store);
        assertEquals(2, exp.code());
        assertTrue(exp.err().startsWith("error: --study 'ontology': \"ontology\" is reserved"), exp.err());
        assertTrue(Files.notExists(tmp.resolve("x.qdpx")));
    }

    private Path copyOfVanguard() throws Exception {
        Path to = tmp.resolve("bundle").resolve("vanguard-2022");
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(ROOT.resolve("data/vanguard-2022"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    /** Keeps the header and the first n rows (the bundled files have no line breaks inside cells of these rows). */
    private static void keepRows(Path file, int n) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, lines.subList(0, 1 + n), StandardCharsets.UTF_8);
    }
}
