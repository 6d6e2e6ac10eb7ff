package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.load.StudyLoader.MappedStudy;
import org.safkg.ontology.OntologyFiles;
import org.safkg.refiqda.QdaProject.Code;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;

/** The bundled Vanguard study goes out as a project a QDA tool can open: 13 excerpts coded with SAF-KG concepts. */
class VanguardExportTest {
    @TempDir
    Path tmp;

    @Test
    void vanguardExportsAsAValidCodedProject() throws Exception {
        MappedStudy study = new StudyLoader().prepare(ROOT.resolve("data/vanguard-2022"));
        Path out = tmp.resolve("vanguard.qdpx");
        QdpxExporter.Exported e = QdpxExporter.export(study.graphs().iris(), study.graphs().study(), study.graphs().excerpts(),
                OntologyFiles.ontologyAndConcepts(), out);
        assertEquals(13, e.sources());
        assertEquals(13, e.selections());
        assertEquals(44, e.codings()); // Q04 coded with existing relationships too (issue 15)
        byte[] qde = RoundTripTest.qde(out);
        assertEquals(List.of(), ProjectSchema.fromFile(XSD).validate(qde));
        String xml = new String(qde, StandardCharsets.UTF_8);
        assertTrue(xml.contains("name=\"Q02 (S3R01)\""), "sources are named by excerpt id and citation");

        // reading it back: each excerpt is a wholly selected source, coded with the SAF-KG concepts' labels
        ImportedStudy back = new RefiQdaImporter().prepare(out, Options.of("vanguard-back"), RefiQdaImporter.Progress.NONE);
        assertEquals(13, back.project().allSelections().size());
        assertEquals(44, back.project().allSelections().stream().mapToInt(s -> s.codings().size()).sum());
        var q01 = back.project().sources().stream().filter(s -> s.name().startsWith("Q01 ")).findFirst().orElseThrow();
        String text = literal(back.graphs().excerpts(), back.graphs().iris().of("excerpt", q01.selections().get(0).guid()),
                org.safkg.vocab.SAF.verbatimText.getURI());
        assertTrue(text.startsWith("I think we had a mini advantage, because the four of us [strategic level managers] all knew each other"), text);
        Set<String> names = back.project().allCodes().stream().map(Code::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("existing relationships", "mobilising", "vision")), names.toString());
        // the concepts sit in a folder for their scheme, which is not itself a code to apply
        Code skills = back.project().codes().stream().filter(c -> c.name().equals("social skills")).findFirst().orElseThrow();
        assertEquals(false, skills.codable());
        assertEquals(List.of("active boundary spanning", "engagement and communication", "flexibility", "framing", "mobilising",
                "positive risk taking", "vision"), skills.children().stream().map(Code::name).toList());
    }
}
