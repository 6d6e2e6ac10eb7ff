package org.safkg.cli;

import static org.safkg.cli.InProcessSafkg.run;

import org.safkg.cli.InProcessSafkg.Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safkg import} and {@code safkg export --qdpx}, run in-process as a user would run them. */
class ImportExportCommandTest {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", ".."));
    static final Path DEMO = ROOT.resolve("../shared/samples/refi-qda/demo.qdpx");

    @TempDir
    Path tmp;

    @Test
    void importThenExportQdpx() {
        String store = tmp.resolve("tdb2").toString();
        Run imp = run("import", DEMO.toString(), "--study", "demo", "--store", store);
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().startsWith("Imported demo.qdpx as study demo: 262 codes, 2 text sources, 158 selections, 205 codings (positions read as CODE_POINTS); "),
                imp.out());
        Path qdpx = tmp.resolve("demo-out.qdpx");
        Run exp = run("export", "--qdpx", qdpx.toString(), "--study", "demo", "--store", store);
        assertEquals(0, exp.code(), exp.err());
        assertEquals("Wrote study demo to " + qdpx + ": 262 codes, 2 text sources, 158 selections, 205 codings (positions in code-points)\n", exp.out());
        assertTrue(Files.isRegularFile(qdpx));
        Run nvivo = run("export", "--qdpx", tmp.resolve("for-nvivo.qdpx").toString(), "--study", "demo", "--for", "nvivo", "--store", store);
        assertEquals(0, nvivo.code(), nvivo.err());
        assertTrue(nvivo.out().endsWith(" 205 codings (positions in utf16)\n"), nvivo.out());
        Run forced = run("export", "--qdpx", tmp.resolve("forced.qdpx").toString(), "--study", "demo", "--for", "nvivo", "--offsets", "code-points", "--store", store);
        assertTrue(forced.out().endsWith(" 205 codings (positions in code-points)\n"), forced.out());
        Run badTool = run("export", "--qdpx", tmp.resolve("x.qdpx").toString(), "--study", "demo", "--for", "excel", "--store", store);
        assertEquals(2, badTool.code());
        assertEquals("error: --for must be one of nvivo, atlasti, maxqda, qualcoder, not 'excel'\n", badTool.err());
    }

    @Test
    void helpStatesTheDefaults() {
        // picocli wraps the help: compare with single spaces
        String export = run("export", "--help").out().replaceAll("\\s+", " ");
        assertTrue(export.contains("Default: code-points, as the REFI-QDA standard counts."), export);
        assertTrue(export.contains("nvivo counts UTF-16 units, the others code points"), export);
        String imp = run("import", "--help").out().replaceAll("\\s+", " ");
        assertTrue(imp.contains("--max-entries=N") && imp.contains("(default: 10000)"), imp);
        assertTrue(imp.contains("--as, --study=STUDY_ID") && imp.contains("--replace"), imp);
    }

    @Test
    @Tag("slow") // three imports of 262-code projects into TDB2: ~14 s on two shared cores
    void aSecondProjectOfTheSameNameIsRefusedUntilGivenItsOwnId() throws Exception {
        String store = tmp.resolve("tdb2").toString();
        Path nvivo = ROOT.resolve("../shared/samples/refi-qda/nvivo_project.qdpx");
        // both samples are projects called "qc project": the same default study id, different projects
        assertEquals(0, run("import", DEMO.toString(), "--store", store).code());
        Run second = run("import", nvivo.toString(), "--store", store);
        assertEquals(2, second.code());
        assertTrue(second.err().startsWith(nvivo + ": error [qda-study-taken] the store already holds a study 'qc-project', imported from a different project ("),
                second.err());
        Run as = run("import", nvivo.toString(), "--as", "qc-nvivo", "--store", store);
        assertEquals(0, as.code(), as.err());
        assertTrue(as.out().startsWith("Imported nvivo_project.qdpx as study qc-nvivo: 262 codes, 2 text sources, 0 selections"), as.out());
    }

    @Test
    void zipLimitsAreOptions() {
        Run r = run("import", DEMO.toString(), "--max-entries", "2", "--store", tmp.resolve("tdb2").toString());
        assertEquals(2, r.code());
        assertEquals(DEMO + ": error [qda-unsafe-zip] has more than 2 entries. The archive was refused and nothing was written; export the project again"
                + " from your QDA tool, or, only if you trust the file, raise the limit with --max-entries N.\n1 error; nothing was loaded.\n", r.err());
        assertEquals(0, run("import", DEMO.toString(), "--max-entries", "3", "--store", tmp.resolve("tdb2").toString()).code());
        Run zero = run("import", DEMO.toString(), "--max-ratio", "0", "--store", tmp.resolve("tdb2").toString());
        assertEquals(2, zero.code());
        assertEquals("error: --max-ratio must be a positive number, not 0\n", zero.err());
    }

    @Test
    void importToAFileWritesTheNamedGraphsAndNoStore() throws Exception {
        Path trig = tmp.resolve("demo.trig");
        Run r = run("import", DEMO.toString(), "--study", "demo", "--out", trig.toString(), "--store", tmp.resolve("tdb2").toString());
        assertEquals(0, r.code(), r.err());
        var written = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(trig.toString());
        for (String g : new String[] {"https://w3id.org/safkg/graph/demo", "https://w3id.org/safkg/graph/demo/excerpts", "https://w3id.org/safkg/graph/demo/provenance"}) {
            assertTrue(written.containsGraph(org.apache.jena.graph.NodeFactory.createURI(g)), g);
            org.junit.jupiter.api.Assertions.assertFalse(written.getGraph(org.apache.jena.graph.NodeFactory.createURI(g)).isEmpty(), g);
        }
        assertTrue(!Files.exists(tmp.resolve("tdb2")));
    }

    @Test
    void badFileExitsTwoWithItsErrorAndWritesNothing() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.qdpx"), "not a zip");
        Path store = tmp.resolve("tdb2");
        Run r = run("import", bad.toString(), "--store", store.toString());
        assertEquals(2, r.code());
        assertEquals(bad + ": error [qda-not-zip] is not a zip archive, as a .qdpx must be. Export the project again from your QDA tool"
                + " (a .qdpx is a zip of project.qde and sources/).\n1 error; nothing was loaded.\n", r.err());
        assertTrue(!Files.exists(store), "the store was not even created");
    }

    @Test
    void exportNeedsOneTarget() {
        Run r = run("export", "--store", tmp.resolve("tdb2").toString());
        assertEquals(2, r.code());
        assertEquals("error: give either --out FILE or --qdpx OUT.qdpx\n", r.err());
    }
}
