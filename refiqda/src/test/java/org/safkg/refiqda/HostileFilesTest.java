package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.ProblemId;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.store.StudyStore;

/** Hostile or broken files are refused with one clear, located error, and nothing is written. */
class HostileFilesTest {
    @TempDir
    Path tmp;

    private InvalidInputException refused(Path file) {
        return refused(file, Options.of("t"));
    }

    private InvalidInputException refused(Path file, Options o) {
        return assertThrows(InvalidInputException.class, () -> new RefiQdaImporter().prepare(file, o, RefiQdaImporter.Progress.NONE));
    }

    private static void assertProblem(InvalidInputException e, ProblemId id, String formatted) {
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(id, e.problems().get(0).id());
        assertEquals(formatted, e.problems().get(0).format());
    }

    private Path valid() {
        return qdpx(tmp, "ok.qdpx", project("x", "internal://i1.txt", 3, 8), "sources/i1.txt", "We trust them.");
    }

    @Test
    void externalEntityIsRefused() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&xxe;"/>
                """;
        Path f = Files.writeString(tmp.resolve("xxe.qde"), xxe);
        InvalidInputException e = refused(f);
        assertEquals(ProblemId.QDA_XML_DTD, e.problems().get(0).id());
        assertTrue(e.problems().get(0).format().startsWith(f + ": error [qda-xml-dtd] line 2: has a DOCTYPE declaration, which QDA-XML never uses."),
                e.problems().get(0).format());
        assertTrue(e.getMessage().indexOf("root:") < 0, "no file content leaks into the message");
    }

    @Test
    void entityExpansionIsRefused() {
        String lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol3;\"/>";
        Path f = zip(tmp.resolve("lol.qdpx"), entries("project.qde", lol));
        assertEquals(ProblemId.QDA_XML_DTD, refused(f).problems().get(0).id());
    }

    @Test
    void undeclaredEntityIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("ent.qde"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"a\">&foo;</Project>");
        InvalidInputException e = refused(f);
        assertTrue(List.of(ProblemId.QDA_XML_DTD, ProblemId.QDA_XML_MALFORMED).contains(e.problems().get(0).id()), e.getMessage());
    }

    @Test
    void absurdNestingIsRefusedBeforeItExhaustsTheStack() throws Exception {
        String deep = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"a\"><CodeBook><Codes>"
                + "<Code guid=\"aaaaaaaa-0000-4000-8000-000000000001\" name=\"c\" isCodable=\"true\">".repeat(100_000);
        Path f = Files.writeString(tmp.resolve("deep.qde"), deep);
        assertProblem(refused(f), ProblemId.QDA_XML_MALFORMED, f + ": error [qda-xml-malformed] line 1: elements nest more than 500 deep."
                + " No QDA tool writes such a file; export the project again from your QDA tool.");
    }

    @Test
    void zipEntryEscapingTheFolderIsRefused() {
        Path f = zip(tmp.resolve("slip.qdpx"), entries("project.qde", project("x", "internal://i1.txt", 3, 8),
                "sources/../../evil.sh", "rm -rf /", "sources/i1.txt", "We trust them."));
        assertProblem(refused(f), ProblemId.QDA_UNSAFE_ZIP, f + ": error [qda-unsafe-zip] holds the entry 'sources/../../evil.sh', whose path would escape the project folder."
                + " The archive was refused and nothing was written; export the project again from your QDA tool.");
        Path abs = zip(tmp.resolve("abs.qdpx"), entries("/etc/cron.d/x", "x", "project.qde", project("x", "internal://i1.txt", 3, 8)));
        assertEquals(ProblemId.QDA_UNSAFE_ZIP, refused(abs).problems().get(0).id());
    }

    @Test
    void zipBombIsRefusedByItsCompressionRatio() {
        byte[] zeros = new byte[8 << 20]; // 8 MiB of zeros deflate to about 8 KiB
        Path f = zip(tmp.resolve("bomb.qdpx"), entries("project.qde", project("x", "internal://i1.txt", 3, 8), "sources/i1.txt", zeros));
        assertProblem(refused(f), ProblemId.QDA_UNSAFE_ZIP, f + ": error [qda-unsafe-zip] has an entry 'sources/i1.txt' compressed more than 200 times (a zip bomb?)."
                + " The archive was refused and nothing was written; export the project again from your QDA tool, or, only if you trust the file, raise the limit with --max-ratio N.");
    }

    @Test
    void totalSizeAndEntryCountAreCapped() {
        Path f = valid();
        InvalidInputException big = refused(f, new Options("t", null, null, new ZipLimits(100, 500, 1 << 20, 200)));
        assertEquals(ProblemId.QDA_UNSAFE_ZIP, big.problems().get(0).id());
        assertTrue(big.problems().get(0).message().equals("would unpack to more than 500 bytes."), big.problems().get(0).message());
        InvalidInputException many = refused(f, new Options("t", null, null, new ZipLimits(1, 1 << 20, 1 << 20, 200)));
        assertEquals("has more than 1 entries.", many.problems().get(0).message());
        assertEquals("The archive was refused and nothing was written; export the project again from your QDA tool, or, only if you trust the file,"
                + " raise the limit with --max-entries N.", many.problems().get(0).hint());
        assertTrue(big.problems().get(0).hint().endsWith("raise the limit with --max-bytes N."), big.problems().get(0).hint());
        InvalidInputException entry = refused(f, new Options("t", null, null, new ZipLimits(100, 1 << 20, 10, 200)));
        assertEquals("has an entry 'project.qde' larger than 10 bytes.", entry.problems().get(0).message());
        assertTrue(entry.problems().get(0).hint().endsWith("raise the limit with --max-entry-bytes N."), entry.problems().get(0).hint());
        // raised, the same file imports
        new RefiQdaImporter().prepare(f, new Options("t", null, null, new ZipLimits(2, 1 << 20, 1 << 20, 200)), RefiQdaImporter.Progress.NONE);
    }

    @Test
    void codeRefToNoCodeIsRefused() {
        Path f = qdpx(tmp, "dangling.qdpx", project("x", "internal://i1.txt", 3, 8, "eeeeeeee-0000-4000-8000-000000000009"), "sources/i1.txt", "We trust them.");
        assertProblem(refused(f), ProblemId.QDA_REF_DANGLING, f.resolve("project.qde") + ":12: error [qda-ref-dangling] Coding " + CODING
                + " has a CodeRef to eeeeeeee-0000-4000-8000-000000000009, which is no code of the codebook. Add the code to the CodeBook or remove the coding, then export again.");
    }

    @Test
    void selectionBeyondTheEndOfItsTextIsRefused() {
        Path f = qdpx(tmp, "long.qdpx", project("x", "internal://i1.txt", 3, 80), "sources/i1.txt", "We trust them.");
        assertProblem(refused(f), ProblemId.QDA_SELECTION_OUT_OF_RANGE, f + ":11: error [qda-selection-out-of-range] PlainTextSelection " + SEL
                + " (3-80) cannot be placed in source 'interview 1', which is 14 code points long. Check that the source file is the one that was coded;"
                + " positions were read as CODE_POINTS (use --offsets code-points|utf16 to choose).");
    }

    @Test
    void missingSourceFileIsRefused() {
        Path f = zip(tmp.resolve("nosource.qdpx"), entries("project.qde", project("x", "internal://i1.txt", 3, 8)));
        assertProblem(refused(f), ProblemId.QDA_SOURCE_MISSING, f + ":10: error [qda-source-missing] TextSource " + SOURCE
                + ": its text file sources/i1.txt is not in the project. Export the project again with its sources, or put the file in the sources/ folder.");
        Path abs = qdpx(tmp, "abs.qdpx", project("x", "absolute://C:/data/i1.txt", 3, 8), "sources/i1.txt", "We trust them.");
        assertEquals(ProblemId.QDA_SOURCE_MISSING, refused(abs).problems().get(0).id());
    }

    @Test
    void fileThatIsNotAZipIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("notzip.qdpx"), "this is not a zip");
        assertProblem(refused(f), ProblemId.QDA_NOT_ZIP, f + ": error [qda-not-zip] is not a zip archive, as a .qdpx must be."
                + " Export the project again from your QDA tool (a .qdpx is a zip of project.qde and sources/).");
    }

    @Test
    void zipWithoutProjectIsRefused() {
        Path f = zip(tmp.resolve("empty.qdpx"), entries("readme.txt", "hello"));
        assertEquals(ProblemId.QDA_NO_PROJECT, refused(f).problems().get(0).id());
    }

    @Test
    void xmlThatIsNotQdaXmlIsRefused() throws Exception {
        Path f = Files.writeString(tmp.resolve("page.qde"), "<html><body/></html>");
        assertProblem(refused(f), ProblemId.QDA_NOT_QDA_XML, f + ": error [qda-not-qda-xml] line 1: the root element is {}html, not a QDA-XML Project"
                + " (urn:QDA-XML:project:1.0) or CodeBook (urn:QDA-XML:codebook:1.0). Give a REFI-QDA export: a .qdpx project, its project.qde, or a .qdc codebook.");
        Path broken = Files.writeString(tmp.resolve("broken.qde"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"a\">\n<Users>");
        assertEquals(ProblemId.QDA_XML_MALFORMED, refused(broken).problems().get(0).id());
    }

    @Test
    void badGuidAndPositionAreReportedTogetherWithTheirLines() {
        String qde = project("x", "internal://i1.txt", 3, 8).replace("guid=\"" + CODE_B + "\"", "guid=\"not a guid!\"").replace("endPosition=\"8\"", "endPosition=\"eight\"");
        Path f = qdpx(tmp, "attrs.qdpx", qde, "sources/i1.txt", "We trust them.");
        InvalidInputException e = refused(f);
        assertEquals(List.of(
                f.resolve("project.qde") + ":6: error [qda-attribute] Code: guid=\"not a guid!\" is not a GUID. A GUID looks like 1b0b1791-be46-4557-9957-7333544cfaf2 (braces allowed).",
                f.resolve("project.qde") + ":11: error [qda-attribute] PlainTextSelection " + SEL + ": endPosition=\"eight\" is not a position (a whole number from 0)."
                        + " Positions count characters from 0; export the project again from your QDA tool."),
                e.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void aRefusedImportLeavesTheStoreAsItWas() {
        try (StudyStore store = StudyStore.inMemory()) {
            new RefiQdaImporter().load(valid(), Options.of("t"), store, RefiQdaImporter.Progress.NONE);
            Graph before = snapshot(store);
            Path bad = qdpx(tmp, "bad.qdpx", project("x", "internal://i1.txt", 3, 80), "sources/i1.txt", "We trust them.");
            assertThrows(InvalidInputException.class, () -> new RefiQdaImporter().load(bad, Options.of("t"), store, RefiQdaImporter.Progress.NONE));
            assertTrue(before.isIsomorphicWith(snapshot(store)));
            assertTrue(before.size() > 20);
        }
    }

    private static Graph snapshot(StudyStore store) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find().forEachRemaining(q ->
                g.add(NodeFactory.createTripleNode(q.getGraph(), q.getSubject(), q.getPredicate()), q.getSubject(), q.getObject())));
        return g;
    }
}
