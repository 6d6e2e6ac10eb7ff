package org.safkg.cli;

import static org.safkg.cli.InProcessSafkg.run;

import org.safkg.cli.InProcessSafkg.Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
        assertEquals("Wrote study demo to " + qdpx + ": 262 codes, 2 text sources, 158 selections, 205 codings\n", exp.out());
        assertTrue(Files.isRegularFile(qdpx));
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
