package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.ProblemId;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.vocab.SAF;

/** Plain-text sources in each encoding a QDA tool may write: each reads exactly, or is refused in one clear line; no NUL is ever stored. */
class SourceEncodingTest {
    @TempDir
    Path tmp;

    private Path withSource(String name, byte[] source) {
        return zip(tmp.resolve(name + ".qdpx"), entries("project.qde", project("QualCoder 3.5", "internal://i1.txt", 0, 2), "sources/i1.txt", source));
    }

    private ImportedStudy read(Path f) {
        return new RefiQdaImporter().prepare(f, Options.of("t"), RefiQdaImporter.Progress.NONE);
    }

    private static void assertNoControlCharacter(Graph g) {
        g.find().forEachRemaining(t -> {
            if (t.getObject().isLiteral()) assertEquals(null, SourceEncoding.firstControl(t.getObject().getLiteralLexicalForm()), t.toString());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8", "utf8-bom", "utf16le", "utf16le-bom", "utf16be", "utf16be-bom"})
    void eachUnicodeEncodingReadsExactly(String encoding) {
        ImportedStudy s = read(withSource(encoding, GeneratedProjects.encode(GeneratedProjects.TEXT, encoding)));
        assertEquals(GeneratedProjects.TEXT, literal(s.graphs().excerpts(), s.graphs().iris().of("source", SOURCE), SAF.verbatimText.getURI()));
        assertEquals("R\u00e9", literal(s.graphs().excerpts(), s.graphs().iris().of("excerpt", SEL), SAF.verbatimText.getURI()));
        assertNoControlCharacter(s.graphs().study());
        assertNoControlCharacter(s.graphs().excerpts());
    }

    @Test
    void greekWithoutBomReadsByItsNulBytes() throws Exception {
        String greek = "\u0395\u03bc\u03c0\u03b9\u03c3\u03c4\u03bf\u03c3\u03cd\u03bd\u03b7 \u03ba\u03b1\u03b9 \u03c3\u03c5\u03bd\u03b5\u03c1\u03b3\u03b1\u03c3\u03af\u03b1.";
        for (String enc : List.of("utf16le", "utf16be")) {
            assertEquals(greek, SourceEncoding.decode(GeneratedProjects.encode(greek, enc)).text().text(), enc);
        }
        assertEquals("UTF-16BE without BOM", SourceEncoding.decode(GeneratedProjects.encode(greek, "utf16be")).encoding());
    }

    private InvalidInputException refused(String name, byte[] source) {
        Path f = withSource(name, source);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(f));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(ProblemId.ENCODING, e.problems().get(0).id());
        return e;
    }

    private String line(String name, String what) {
        return tmp.resolve(name + ".qdpx") + ":10: error [encoding] TextSource " + SOURCE + ": sources/i1.txt " + what
                + ". Save the text as UTF-8 (or UTF-16 with a byte order mark) and export again.";
    }

    @Test
    void undecidableAndUnsupportedEncodingsAreRefusedInOneLine() {
        Map<String, byte[]> cases = Map.of(
                "cp1252", "Caf\u00e9 \u201cquoted\u201d".getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "utf32-bom", GeneratedProjects.concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "We trust them.".getBytes(java.nio.charset.Charset.forName("UTF-32LE"))),
                "utf32", "We trust them.".getBytes(java.nio.charset.Charset.forName("UTF-32BE")),
                "odd", GeneratedProjects.concat("We trust them.".getBytes(StandardCharsets.UTF_16LE), new byte[] {'x'}),
                "nul-in-utf8", "We trust them, and they trust us.\0 Yes.".getBytes(StandardCharsets.UTF_8),
                "c1-in-utf8", "We\u0085trust them.".getBytes(StandardCharsets.UTF_8));
        Map<String, String> expected = Map.of(
                "cp1252", "is neither UTF-8 nor UTF-16 with a byte order mark (perhaps Windows-1252 or Latin-1), so its characters cannot be told apart",
                "utf32-bom", "is UTF-32 (it starts with a UTF-32 byte order mark), which QDA tools do not write and SAF-KG does not read",
                "utf32", "looks like UTF-32 without a byte order mark (three NUL bytes in every four), which SAF-KG does not read",
                "odd", "holds 14 NUL bytes, as UTF-16 text does, but reads as neither UTF-16LE nor UTF-16BE (its length is odd), so its encoding cannot be decided",
                "nul-in-utf8", "read as UTF-8, holds the control character U+0000 at line 1, column 34 of the text",
                "c1-in-utf8", "read as UTF-8, holds the control character U+0085 at line 1, column 3 of the text");
        for (String name : cases.keySet()) {
            assertEquals(line(name, expected.get(name)), refused(name, cases.get(name)).problems().get(0).format(), name);
        }
    }

    @Test
    void aNulInsideUtf16IsRefusedWithItsPlace() {
        byte[] b = GeneratedProjects.encode("\uFEFFWe trust\r\nthem\0.", "utf16le");
        assertEquals(line("nul16", "read as UTF-16LE with BOM, holds the control character U+0000 at line 2, column 5 of the text"),
                refused("nul16", b).problems().get(0).format());
    }

    @Test
    void aControlCharacterInTheXmlIsRefusedToo() {
        // C1 characters are legal XML 1.0, so the project file itself can carry one into a name
        String qde = project("QualCoder 3.5", "internal://i1.txt", 0, 2).replace("name=\"trust\"", "name=\"tr\u0085ust\"");
        Path f = zip(tmp.resolve("c1.qdpx"), entries("project.qde", qde, "sources/i1.txt", "We trust them."));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(f));
        assertEquals(ProblemId.ENCODING, e.problems().get(0).id());
        assertEquals(f + ": error [encoding] the value of prefLabel of https://w3id.org/safkg/study/t/code/" + CODE_A
                + " holds the control character U+0085 at line 1, column 3 of the text. Remove the character in your QDA tool and export again.",
                e.problems().get(0).format());
    }
}
