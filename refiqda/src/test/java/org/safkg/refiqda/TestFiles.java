package org.safkg.refiqda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** Hand-made REFI-QDA files for tests, written into a temporary folder. */
final class TestFiles {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", ".."));
    static final Path SAMPLES = ROOT.resolve("../shared/samples/refi-qda");
    static final Path XSD = SAMPLES.resolve("Project-mrt2019.xsd");

    static final String USER = "1b0b1791-be46-4557-9957-7333544cfaf2";
    static final String CODE_A = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String CODE_B = "aaaaaaaa-0000-4000-8000-000000000002";
    static final String SOURCE = "bbbbbbbb-0000-4000-8000-000000000001";
    static final String SEL = "cccccccc-0000-4000-8000-000000000001";
    static final String CODING = "dddddddd-0000-4000-8000-000000000001";

    private TestFiles() {}

    /** A project with one code pair, one source at {@code path} and one coded selection start-end. */
    static String project(String origin, String path, long start, long end) {
        return project(origin, path, start, end, CODE_A);
    }

    static String project(String origin, String path, long start, long end, String codeRef) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="test project" origin="%s">
                  <Users><User guid="%s" name="Jane Researcher"/></Users>
                  <CodeBook><Codes>
                    <Code guid="%s" name="trust" isCodable="true" color="#ff0000"><Description>Talk of trust</Description>
                      <Code guid="%s" name="distrust" isCodable="true"/>
                    </Code>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="%s" name="interview 1" plainTextPath="%s">
                      <PlainTextSelection guid="%s" name="s1" startPosition="%d" endPosition="%d">
                        <Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """.formatted(origin, USER, CODE_A, CODE_B, SOURCE, path, SEL, start, end, CODING, USER, codeRef);
    }

    /** A zip with the given entries, in order. */
    static Path zip(Path file, Map<String, byte[]> entries) {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object c = nameThenContent[i + 1];
            m.put((String) nameThenContent[i], c instanceof byte[] b ? b : ((String) c).getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    static Path qdpx(Path dir, String name, String qde, String sourceEntry, String text) {
        return zip(dir.resolve(name), entries("project.qde", qde, sourceEntry, text));
    }

    static long countTyped(Graph g, Node type) {
        return g.stream(Node.ANY, RDF.type.asNode(), type).count();
    }

    static long count(Graph g, String property) {
        return g.stream(Node.ANY, NodeFactory.createURI(property), Node.ANY).count();
    }

    static String literal(Graph g, String subject, String property) {
        return g.stream(NodeFactory.createURI(subject), NodeFactory.createURI(property), Node.ANY).map(Triple::getObject)
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }
}
