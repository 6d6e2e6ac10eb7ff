package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.vocab.SAF;

/** What real exports do differently: BOMs, CRLF, bare or internal:// paths, SOURCES/ in any case, other .qde names, braced GUIDs. */
class QuirksTest {
    @TempDir
    Path tmp;

    private static ImportedStudy run(Path file) {
        return new RefiQdaImporter().prepare(file, Options.of("t"), RefiQdaImporter.Progress.NONE);
    }

    private static String selected(ImportedStudy s) {
        return literal(s.graphs().excerpts(), s.graphs().iris().of("excerpt", SEL), SAF.verbatimText.getURI());
    }

    @Test
    void internalPathAndBarePathBothFindTheSource() {
        String text = "We trust the council.";
        assertEquals("trust", selected(run(qdpx(tmp, "a.qdpx", project("QualCoder", "internal://i1.txt", 3, 8), "sources/i1.txt", text))));
        assertEquals("trust", selected(run(qdpx(tmp, "b.qdpx", project("qc", "i1.txt", 3, 8), "sources/i1.txt", text))));
    }

    @Test
    void sourcesFolderInAnyCase() {
        assertEquals("trust", selected(run(qdpx(tmp, "a.qdpx", project("MAXQDA", "internal://i1.txt", 3, 8), "Sources/i1.txt", "We trust them."))));
        assertEquals("trust", selected(run(qdpx(tmp, "b.qdpx", project("MAXQDA", "internal://i1.txt", 3, 8), "SOURCES/i1.txt", "We trust them."))));
    }

    @Test
    void byteOrderMarkIsNotCounted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "We trust them.".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, text, 0, 3);
        System.arraycopy(body, 0, text, 3, body.length);
        Path f = zip(tmp.resolve("bom.qdpx"), entries("project.qde", project("NVivo 14", "internal://i1.txt", 3, 8), "sources/i1.txt", text));
        ImportedStudy s = run(f);
        assertEquals("trust", selected(s));
        assertEquals("We trust them.", literal(s.graphs().excerpts(), s.graphs().iris().of("source", SOURCE), SAF.verbatimText.getURI()));
    }

    @Test
    void utf16SourceWithBomIsRead() {
        byte[] text = "We trust them.".getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        Path f = zip(tmp.resolve("u16.qdpx"), entries("project.qde", project("x", "internal://i1.txt", 3, 8), "sources/i1.txt", text));
        assertEquals("trust", selected(run(f)));
    }

    @Test
    void crlfLineEndsCountAsTwoCharacters() {
        // "Line one\r\n" is 10 characters: the selection starts on the second line
        assertEquals("trust", selected(run(qdpx(tmp, "crlf.qdpx", project("ATLAS.ti", "internal://i1.txt", 13, 18), "sources/i1.txt", "Line one\r\nWe trust them.\r\n"))));
    }

    @Test
    void innerQdeNotNamedProjectQde() {
        Path f = zip(tmp.resolve("atlas.qdpx"), entries("My Study.qde", project("ATLAS.ti 26", "internal://i1.txt", 3, 8), "sources/i1.txt", "We trust them."));
        assertEquals("trust", selected(run(f)));
    }

    @Test
    void guidsWithBracesAndUpperCaseAreTheSameGuid() {
        String qde = project("MAXQDA 2022", "internal://i1.txt", 3, 8)
                .replace("guid=\"" + CODE_A + "\"", "guid=\"{" + CODE_A.toUpperCase() + "}\"")
                .replace("guid=\"" + SEL + "\"", "guid=\"{" + SEL + "}\"");
        ImportedStudy s = run(qdpx(tmp, "braces.qdpx", qde, "sources/i1.txt", "We trust them."));
        assertEquals("trust", selected(s));
        assertTrue(s.graphs().study().contains(org.apache.jena.graph.NodeFactory.createURI(s.graphs().iris().of("code", CODE_A)),
                org.apache.jena.vocabulary.SKOS.notation.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(CODE_A)));
    }

    @Test
    void idsThatAreNotGuidsGetStableDerivedGuidsAndAWarning() {
        String qde = project("SomeTool", "internal://i1.txt", 3, 8).replace(CODE_A, "code_1");
        ImportedStudy s = run(qdpx(tmp, "ids.qdpx", qde, "sources/i1.txt", "We trust them."));
        String derived = java.util.UUID.nameUUIDFromBytes("code_1".getBytes(StandardCharsets.UTF_8)).toString();
        assertEquals("trust", literal(s.graphs().study(), s.graphs().iris().of("code", derived), "http://www.w3.org/2004/02/skos/core#prefLabel"));
        // the coding's CodeRef="code_1" still meets its code
        assertTrue(s.graphs().study().contains(org.apache.jena.graph.NodeFactory.createURI(s.graphs().iris().of("annotation", CODING)),
                org.apache.jena.vocabulary.OA.hasBody.asNode(), org.apache.jena.graph.NodeFactory.createURI(s.graphs().iris().of("code", derived))));
        assertEquals(1, s.warnings().size());
        assertTrue(s.warnings().get(0).endsWith(":5: Code guid=\"code_1\" is not a GUID (nor, perhaps, other ids in this file): GUIDs were derived from such ids;"
                + " an export will carry the derived GUIDs."), s.warnings().get(0));
    }

    @Test
    void bareQdeBesideItsSourcesFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("proj/sources"));
        Files.writeString(dir.resolve("i1.txt"), "We trust them.");
        Path qde = Files.writeString(tmp.resolve("proj/project.qde"), project("QualCoder 3.5", "internal://i1.txt", 3, 8));
        assertEquals("trust", selected(run(qde)));
    }

    @Test
    void plainTextContentInsteadOfAFile() throws Exception {
        String qde = project("x", "IGNORED", 3, 8).replace(" plainTextPath=\"IGNORED\">", "><PlainTextContent>We trust them.</PlainTextContent>");
        assertEquals("trust", selected(run(Files.writeString(tmp.resolve("inline.qde"), qde))));
    }

    @Test
    void codebookFileBecomesAConceptScheme() throws Exception {
        Path qdc = Files.writeString(tmp.resolve("book.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA">
                  <Codes>
                    <Code guid="%s" name="trust" isCodable="true" color="#00FF00"><Description>Talk of trust</Description>
                      <Code guid="%s" name="distrust" isCodable="false"/>
                    </Code>
                  </Codes>
                </CodeBook>
                """.formatted(CODE_A, CODE_B));
        ImportedStudy s = run(qdc);
        var g = s.graphs().study();
        String a = s.graphs().iris().of("code", CODE_A), b = s.graphs().iris().of("code", CODE_B);
        assertEquals("trust", literal(g, a, "http://www.w3.org/2004/02/skos/core#prefLabel"));
        assertEquals("Talk of trust", literal(g, a, "http://www.w3.org/2004/02/skos/core#definition"));
        assertEquals("#00FF00", literal(g, a, QDA.color.getURI()));
        assertEquals("false", literal(g, b, QDA.isCodable.getURI()));
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(b), org.apache.jena.vocabulary.SKOS.broader.asNode(),
                org.apache.jena.graph.NodeFactory.createURI(a)));
        assertEquals(List.of(), s.warnings());
    }
}
