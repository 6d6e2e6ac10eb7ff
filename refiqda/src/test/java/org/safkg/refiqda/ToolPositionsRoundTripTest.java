package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader.MappedStudy;
import org.safkg.load.StudyLoader;
import org.safkg.study.StudyGraphs;
import org.safkg.ontology.OntologyFiles;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.vocab.SAF;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every fixture (each .qdpx in ../shared/samples/refi-qda, projects generated in each tool's convention,
 * and the bundled Vanguard study), exported for each target tool: selection by selection, the text under
 * the exported positions, cut as that tool cuts (UTF-16 units for NVivo, code points for the others), is
 * the text that was coded. The exported file is read here with the JDK's own XML parser and zip reader,
 * not with SAF-KG's reader, so that a fault shared by import and export cannot hide.
 */
class ToolPositionsRoundTripTest {
    @TempDir
    static Path tmp;

    /** A fixture: its graphs as imported (or loaded) and, by selection GUID, the text each selection covers. */
    record Fixture(String name, StudyGraphs graphs, Map<String, String> coded) {}

    /** Real exports published by others and kept in the module (origin and licence in its README). */
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final Path NVIVO_WINDOWS = FIXTURES.resolve("nvivo-12.6-oltas0517.qdpx");

    static List<Path> samples() throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(SAMPLES, FIXTURES)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".qdpx")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static List<Fixture> fixtures() throws Exception {
        List<Fixture> out = new ArrayList<>();
        for (Path p : samples()) {
            ImportedStudy s = new RefiQdaImporter().prepare(p, Options.of("sample"), RefiQdaImporter.Progress.NONE);
            Map<String, String> coded = new LinkedHashMap<>();
            // the text SAF-KG placed on import (checked against independent expectations for the generated projects below)
            for (var sel : s.project().allSelections()) coded.put(sel.guid(), verbatim(s.graphs(), "excerpt", sel.guid()));
            out.add(new Fixture(p.getFileName().toString(), s.graphs(), coded));
        }
        for (GeneratedProjects.Generated g : GeneratedProjects.eachConvention(Files.createDirectories(tmp.resolve("generated")))) {
            ImportedStudy s = new RefiQdaImporter().prepare(g.file(), Options.of("generated"), RefiQdaImporter.Progress.NONE);
            out.add(new Fixture(g.file().getFileName().toString(), s.graphs(), g.expected()));
        }
        MappedStudy vanguard = new StudyLoader().prepare(ROOT.resolve("data/vanguard-2022"));
        Map<String, String> coded = new LinkedHashMap<>();
        // a bundle's excerpt becomes a wholly selected source: the selection's GUID is derived from the excerpt's IRI
        vanguard.graphs().excerpts().find().forEachRemaining(t -> {
            if (t.getSubject().getURI().contains("/excerpt/")) coded.put(StudyView.uuid(t.getSubject().getURI()), t.getObject().getLiteralLexicalForm());
        });
        out.add(new Fixture("vanguard-2022 (bundle)", vanguard.graphs(), coded));
        return out;
    }

    @Test
    void everySampleIsAFixture() throws Exception {
        // new files dropped into ../shared/samples/refi-qda are picked up without a code change
        assertTrue(samples().size() >= 2, samples().toString());
        assertTrue(samples().contains(SAMPLES.resolve("demo.qdpx")));
        assertTrue(samples().contains(NVIVO_WINDOWS));
    }

    @Test
    void nvivoWindowsProjectImportsEverySelectionAsNvivoCutIt() throws Exception {
        // the expectation is cut from the original file with the JDK alone, by NVivo's UTF-16 count
        Map<String, String> nvivo = textUnderOriginalSelections(NVIVO_WINDOWS);
        assertEquals(303, nvivo.size());
        ImportedStudy s = new RefiQdaImporter().prepare(NVIVO_WINDOWS, Options.of("oltas"), RefiQdaImporter.Progress.NONE);
        assertEquals(OffsetMode.UTF16, s.offsets());
        Map<String, String> imported = new LinkedHashMap<>();
        for (var sel : s.project().allSelections()) imported.put(sel.guid(), verbatim(s.graphs(), "excerpt", sel.guid()));
        assertEquals(nvivo, imported);
        // and the file holds text where the two counts part: cut by code points, 290 of the 303 would be misplaced
        Map<String, String> byCodePoints = textUnder(NVIVO_WINDOWS, OffsetMode.CODE_POINTS, "Sources/");
        assertEquals(290, nvivo.keySet().stream().filter(k -> !nvivo.get(k).equals(byCodePoints.get(k))).count());
    }

    /** A tool's own export opened as NVivo opens it: source files under {@code Sources/}, BOM dropped, UTF-16 units. */
    static Map<String, String> textUnderOriginalSelections(Path qdpx) throws Exception {
        return textUnder(qdpx, OffsetMode.UTF16, "Sources/");
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureForEveryTool() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Fixture f : fixtures()) {
            for (QdaTool tool : QdaTool.values()) {
                tests.add(DynamicTest.dynamicTest(f.name() + " for " + tool.option(), () -> roundTrip(f, tool)));
            }
        }
        return tests.stream();
    }

    private static void roundTrip(Fixture f, QdaTool tool) throws Exception {
        Path out = tmp.resolve(f.name().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + tool.option() + ".qdpx");
        QdpxExporter.Exported e = QdpxExporter.export(f.graphs().iris(), f.graphs().study(), f.graphs().excerpts(),
                OntologyFiles.ontologyAndConcepts(), out, tool.offsets());
        Map<String, String> read = textUnderSelections(out, tool.offsets());
        assertEquals(f.coded().size(), e.selections());
        assertEquals(f.coded(), read, f.name() + " read back as " + tool + " reads it");
    }

    /** Opens the exported .qdpx as a tool would: each selection's text, cut from its source file by the tool's count. */
    static Map<String, String> textUnderSelections(Path qdpx, OffsetMode counts) throws Exception {
        return textUnder(qdpx, counts, "sources/");
    }

    private static Map<String, String> textUnder(Path qdpx, OffsetMode counts, String folder) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(qdpx.toFile())) {
            var dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            var doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(z.getInputStream(z.getEntry("project.qde")).readAllBytes()));
            NodeList sources = doc.getElementsByTagNameNS(QdaXmlReader.PROJECT_NS, "TextSource");
            for (int i = 0; i < sources.getLength(); i++) {
                Element s = (Element) sources.item(i);
                String path = folder + s.getAttribute("plainTextPath").substring("internal://".length());
                String text = new String(z.getInputStream(z.getEntry(path)).readAllBytes(), StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) text = text.substring(1);
                NodeList sels = s.getElementsByTagNameNS(QdaXmlReader.PROJECT_NS, "PlainTextSelection");
                for (int j = 0; j < sels.getLength(); j++) {
                    Element x = (Element) sels.item(j);
                    int a = Integer.parseInt(x.getAttribute("startPosition")), b = Integer.parseInt(x.getAttribute("endPosition"));
                    try {
                        out.put(x.getAttribute("guid"), counts == OffsetMode.UTF16 ? text.substring(a, b)
                                : text.substring(text.offsetByCodePoints(0, a), text.offsetByCodePoints(0, b)));
                    } catch (IndexOutOfBoundsException outside) {
                        out.put(x.getAttribute("guid"), "<" + a + "-" + b + " lies outside the text>");
                    }
                }
            }
        }
        return out;
    }

    @Test
    void nvivoAndTheStandardPlaceTheSameSelectionDifferentlyAfterAnEmoji() throws Exception {
        // guards the test above against an export that ignores its target: after an emoji the two counts differ
        GeneratedProjects.Generated g = GeneratedProjects.write(Files.createDirectories(tmp.resolve("differ")), "p", "QualCoder 3.5", "utf8", OffsetMode.CODE_POINTS);
        ImportedStudy s = new RefiQdaImporter().prepare(g.file(), Options.of("p"), RefiQdaImporter.Progress.NONE);
        Path nvivo = tmp.resolve("differ/nvivo.qdpx"), standard = tmp.resolve("differ/standard.qdpx");
        QdpxExporter.export(s.graphs().iris(), s.graphs().study(), s.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), nvivo, OffsetMode.UTF16);
        QdpxExporter.export(s.graphs().iris(), s.graphs().study(), s.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), standard, OffsetMode.CODE_POINTS);
        String first = "cccccccc-0000-4000-8000-000000000001"; // "trust", after one emoji
        assertEquals("trust", textUnderSelections(nvivo, OffsetMode.UTF16).get(first));
        assertFalse("trust".equals(textUnderSelections(nvivo, OffsetMode.CODE_POINTS).get(first)));
        assertFalse("trust".equals(textUnderSelections(standard, OffsetMode.UTF16).get(first)));
        String xml = new String(RoundTripTest.qde(nvivo), StandardCharsets.UTF_8);
        assertTrue(xml.contains("guid=\"" + first + "\" startPosition=\"10\" endPosition=\"15\""), xml);
        assertTrue(xml.contains("origin=\"SAF-KG ") && xml.contains(" (positions in UTF-16 units)\""), xml);
        // and SAF-KG reads its own NVivo export back the NVivo way, with the same graphs
        ImportedStudy back = new RefiQdaImporter().prepare(nvivo, Options.of("p"), RefiQdaImporter.Progress.NONE);
        assertEquals(OffsetMode.UTF16, back.offsets());
        RoundTripTest.assertIsomorphic(s.graphs().study(), back.graphs().study());
        RoundTripTest.assertIsomorphic(s.graphs().excerpts(), back.graphs().excerpts());
    }

    private static String verbatim(StudyGraphs g, String kind, String guid) {
        return literal(g.excerpts(), g.iris().of(kind, guid), SAF.verbatimText.getURI());
    }
}
