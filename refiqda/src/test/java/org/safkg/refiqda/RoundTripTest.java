package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.ontology.OntologyFiles;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;

/** Import, export, validate against the official schema, import again: the graphs are isomorphic. */
class RoundTripTest {
    static final String RICH = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="rich project" origin="QualCoder 3.5">
              <Users><User guid="11111111-0000-4000-8000-000000000001" name="Alice Smith"/><User guid="11111111-0000-4000-8000-000000000002" name="Bob Jones"/></Users>
              <CodeBook><Codes>
                <Code guid="22222222-0000-4000-8000-000000000001" name="trust" isCodable="true" color="#ff0000"><Description>Talk of trust</Description>
                  <NoteRef targetGUID="66666666-0000-4000-8000-000000000001"/>
                  <Code guid="22222222-0000-4000-8000-000000000002" name="distrust" isCodable="true"/>
                </Code>
                <Code guid="22222222-0000-4000-8000-000000000003" name="themes" isCodable="false"/>
              </Codes></CodeBook>
              <Variables>
                <Variable guid="33333333-0000-4000-8000-000000000001" name="role" typeOfVariable="Text"><Description>Job role</Description></Variable>
                <Variable guid="33333333-0000-4000-8000-000000000002" name="years" typeOfVariable="Integer"/>
              </Variables>
              <Cases>
                <Case guid="44444444-0000-4000-8000-000000000001" name="R01">
                  <Description>Respondent one</Description>
                  <CodeRef targetGUID="22222222-0000-4000-8000-000000000001"/>
                  <VariableValue><VariableRef targetGUID="33333333-0000-4000-8000-000000000001"/><TextValue>GP lead</TextValue></VariableValue>
                  <VariableValue><VariableRef targetGUID="33333333-0000-4000-8000-000000000002"/><IntegerValue>12</IntegerValue></VariableValue>
                  <SourceRef targetGUID="55555555-0000-4000-8000-000000000001"/>
                </Case>
              </Cases>
              <Sources>
                <TextSource guid="55555555-0000-4000-8000-000000000001" name="interview R01" plainTextPath="internal://r01.txt">
                  <Description>First interview</Description>
                  <PlainTextSelection guid="77777777-0000-4000-8000-000000000001" name="q1" startPosition="6" endPosition="11">
                    <Coding guid="88888888-0000-4000-8000-000000000001" creatingUser="11111111-0000-4000-8000-000000000001"><CodeRef targetGUID="22222222-0000-4000-8000-000000000001"/></Coding>
                    <Coding guid="88888888-0000-4000-8000-000000000002" creatingUser="11111111-0000-4000-8000-000000000002"><CodeRef targetGUID="22222222-0000-4000-8000-000000000002"/>
                      <NoteRef targetGUID="66666666-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="77777777-0000-4000-8000-000000000002" startPosition="17" endPosition="18">
                    <Coding guid="88888888-0000-4000-8000-000000000003"><CodeRef targetGUID="22222222-0000-4000-8000-000000000001"/></Coding>
                  </PlainTextSelection>
                </TextSource>
                <TextSource guid="55555555-0000-4000-8000-000000000002" name="focus group" plainTextPath="internal://fg.txt">
                  <PlainTextSelection guid="77777777-0000-4000-8000-000000000003" startPosition="0" endPosition="4">
                    <Coding guid="88888888-0000-4000-8000-000000000004" creatingUser="11111111-0000-4000-8000-000000000001"><CodeRef targetGUID="22222222-0000-4000-8000-000000000002"/></Coding>
                  </PlainTextSelection>
                  <NoteRef targetGUID="66666666-0000-4000-8000-000000000002"/>
                </TextSource>
              </Sources>
              <Notes>
                <Note guid="66666666-0000-4000-8000-000000000001" name="memo on trust"><PlainTextContent>Trust recurs &amp; matters.</PlainTextContent></Note>
                <Note guid="66666666-0000-4000-8000-000000000002" name="fg memo"><PlainTextContent>Noisy room.</PlainTextContent></Note>
              </Notes>
              <Links>
                <Link guid="99999999-0000-4000-8000-000000000001" name="illustrates" direction="OneWay" color="#00ff00"
                      originGUID="77777777-0000-4000-8000-000000000001" targetGUID="22222222-0000-4000-8000-000000000003"/>
              </Links>
              <Sets>
                <Set guid="aaaaaaaa-1111-4000-8000-000000000001" name="core"><Description>Core material</Description>
                  <MemberCode targetGUID="22222222-0000-4000-8000-000000000001"/>
                  <MemberSource targetGUID="55555555-0000-4000-8000-000000000001"/>
                  <MemberNote targetGUID="66666666-0000-4000-8000-000000000002"/>
                </Set>
              </Sets>
              <Description>A project with every part</Description>
              <NoteRef targetGUID="66666666-0000-4000-8000-000000000002"/>
            </Project>
            """;
    static final String R01 = "\uD83D\uDE00\uD83D\uDE4F We trust them \uD83D\uDC4D";

    @TempDir
    Path tmp;

    static Path richProject(Path dir) {
        return zip(dir.resolve("rich.qdpx"), entries("project.qde", RICH, "sources/r01.txt", R01, "sources/fg.txt", "Well, we never know."));
    }

    @Test
    void richProjectComesBackIsomorphic() throws Exception {
        Path in = richProject(tmp);
        ImportedStudy first = new RefiQdaImporter().prepare(in, Options.of("rich"), RefiQdaImporter.Progress.NONE);
        assertEquals("trust", literal(first.graphs().excerpts(), first.graphs().iris().of("excerpt", "77777777-0000-4000-8000-000000000001"),
                org.safkg.vocab.SAF.verbatimText.getURI()));
        Path out = tmp.resolve("out/rich-export.qdpx");
        var exported = QdpxExporter.export(first.graphs().iris(), first.graphs().study(), first.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), out);
        assertEquals(3, exported.codes());
        assertEquals(2, exported.sources());
        assertEquals(3, exported.selections());
        assertEquals(4, exported.codings());
        assertEquals(List.of(), ProjectSchema.fromFile(XSD).validate(qde(out)));
        ImportedStudy second = new RefiQdaImporter().prepare(out, Options.of("rich"), RefiQdaImporter.Progress.NONE);
        assertIsomorphic(first.graphs().study(), second.graphs().study());
        assertIsomorphic(first.graphs().excerpts(), second.graphs().excerpts());
        // no coder's name went out either
        String xml = new String(qde(out), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!xml.contains("Alice") && !xml.contains("Bob"), xml);
    }

    @Test
    void demoComesBackIsomorphic() throws Exception {
        ImportedStudy first = new RefiQdaImporter().prepare(SAMPLES.resolve("demo.qdpx"), Options.of("demo"), RefiQdaImporter.Progress.NONE);
        Path out = tmp.resolve("demo-export.qdpx");
        QdpxExporter.export(first.graphs().iris(), first.graphs().study(), first.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), out);
        assertEquals(List.of(), ProjectSchema.fromFile(XSD).validate(qde(out)));
        ImportedStudy second = new RefiQdaImporter().prepare(out, Options.of("demo"), RefiQdaImporter.Progress.NONE);
        assertIsomorphic(first.graphs().study(), second.graphs().study());
        assertIsomorphic(first.graphs().excerpts(), second.graphs().excerpts());
        // exporting the same graphs twice gives the same bytes
        Path again = tmp.resolve("demo-export-2.qdpx");
        QdpxExporter.export(first.graphs().iris(), first.graphs().study(), first.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), again);
        assertEquals(-1L, Files.mismatch(out, again));
    }

    static byte[] qde(Path qdpx) throws Exception {
        try (ZipFile z = new ZipFile(qdpx.toFile())) {
            return z.getInputStream(z.getEntry("project.qde")).readAllBytes();
        }
    }

    static void assertIsomorphic(Graph a, Graph b) {
        if (a.isIsomorphicWith(b)) return;
        Graph onlyA = GraphFactory.createDefaultGraph(), onlyB = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(t -> { if (!b.contains(t)) onlyA.add(t); });
        b.find().forEachRemaining(t -> { if (!a.contains(t)) onlyB.add(t); });
        throw new AssertionError("not isomorphic; only in first: " + onlyA.find().toList() + "; only in second: " + onlyB.find().toList());
    }
}
