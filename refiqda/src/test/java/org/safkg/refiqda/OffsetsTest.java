package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.ProblemId;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.apache.jena.vocabulary.OA;
import org.safkg.vocab.SAF;

/** Code points (the standard) against UTF-16 units (NVivo), on a text with emoji. */
class OffsetsTest {
    // two emoji before "trust": each is one code point but two UTF-16 units
    static final String TEXT = "\uD83D\uDE00\uD83D\uDE4F We trust them \uD83D\uDC4D";

    @TempDir
    Path tmp;

    private ImportedStudy run(String origin, long start, long end, OffsetMode forced) {
        Path f = qdpx(tmp, origin.replace(' ', '_') + start + ".qdpx", project(origin, "internal://i1.txt", start, end), "sources/i1.txt", TEXT);
        return new RefiQdaImporter().prepare(f, new Options("t", null, forced, null), RefiQdaImporter.Progress.NONE);
    }

    private static String selected(ImportedStudy s) {
        return literal(s.graphs().excerpts(), s.graphs().iris().of("excerpt", SEL), SAF.verbatimText.getURI());
    }

    @Test
    void theSameSelectionCodedBothWaysGivesTheSameExcerpt() {
        ImportedStudy standard = run("QualCoder 3.5", 6, 11, null);     // code points
        ImportedStudy nvivo = run("NVivo 14 (Windows)", 8, 13, null);    // UTF-16 units
        assertEquals("trust", selected(standard));
        assertEquals("trust", selected(nvivo));
        assertEquals(OffsetMode.CODE_POINTS, standard.offsets());
        assertEquals(OffsetMode.UTF16, nvivo.offsets());
        // stored positions are code points either way
        for (ImportedStudy s : List.of(standard, nvivo)) {
            assertEquals("6", literal(s.graphs().study(), s.graphs().iris().of("excerpt", SEL + "/position"), OA.start.getURI()));
            assertEquals("11", literal(s.graphs().study(), s.graphs().iris().of("excerpt", SEL + "/position"), OA.end.getURI()));
        }
        assertEquals(1, nvivo.warnings().size());
        assertTrue(nvivo.warnings().get(0).startsWith("positions read as UTF16 (the file was written by NVivo 14 (Windows), which counts UTF-16 units); 1 selection(s)"),
                nvivo.warnings().get(0));
    }

    @Test
    void whenOnlyOneCountPlacesEverySelectionItIsChosen() {
        // 19-21 ends past the 18 code points of the text: only UTF-16 (21 units) places it
        ImportedStudy s = run("SomeTool", 19, 21, null);
        assertEquals(OffsetMode.UTF16, s.offsets());
        assertEquals("\uD83D\uDC4D", selected(s));
        assertEquals("positions read as UTF16 (only UTF-16 units place every selection); 0 selection(s) would read differently the other way: check them, or give --offsets.",
                s.warnings().get(0));
    }

    @Test
    void aForcedCountIsObeyed() {
        ImportedStudy s = run("NVivo 14", 6, 11, OffsetMode.UTF16);
        assertEquals("e tru", selected(s));
        assertEquals(List.of(), s.warnings(), "forced as the text suggests: nothing to warn of");
    }

    @Test
    void aForcedCountThatContradictsTheTextIsObeyedWithAWarning() {
        ImportedStudy s = run("NVivo 14 (Windows)", 8, 13, OffsetMode.CODE_POINTS);
        assertEquals("ust t", selected(s));
        assertEquals(List.of("--offsets code-points was given, but the text suggests utf16 (the file was written by NVivo 14 (Windows), which counts UTF-16 units);"
                + " 1 selection(s) read differently the two ways: check them."), s.warnings());
        // and where only one count places every selection, forcing the other is refused, as it cannot place them
        assertThrows(InvalidInputException.class, () -> run("SomeTool", 19, 21, OffsetMode.CODE_POINTS));
    }

    @Test
    void aSelectionSplittingAnEmojiCannotBePlaced() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run("NVivo", 1, 5, OffsetMode.UTF16));
        assertEquals(ProblemId.QDA_SELECTION_OUT_OF_RANGE, e.problems().get(0).id());
        assertTrue(e.problems().get(0).format().contains(":11: error [qda-selection-out-of-range] PlainTextSelection " + SEL
                + " (1-5) cannot be placed in source 'interview 1', which is 21 UTF-16 units long."), e.problems().get(0).format());
    }
}
