package org.safkg.bundle;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.InvalidInputException;
import org.safkg.testing.TestBundles;

/**
 * The load reads a bundle twice: the first read keeps of each row only the cells the checks across rows and the
 * look-ups need (ids, not rows); the second checks each full row and hands it on, and refuses a file that changed.
 */
class CheckedRowsTest {
    @TempDir
    Path tmp;

    @Test
    void theFirstReadKeepsTheCellsOtherRowsNeedAndNotTheRows() {
        BundleIndex index = new StudyBundleReader().index(TestBundles.minimal());
        CsvRow e1 = index.kept(BundleSchema.EPISODES).get(0);
        assertEquals(List.of("E1", "A", "SA-LEADS", "Q1 | P1", "", "", ""),
                List.of(e1.get("id"), e1.get("site"), e1.get("leaders"), e1.get("evidence"), e1.get("label"), e1.get("skills"), e1.get("source")));
        CsvRow q2 = index.kept(BundleSchema.EXCERPTS).get(1);
        assertEquals(List.of("Q2", ""), List.of(q2.get("id"), q2.raw("text")), "an excerpt's text is not kept as a cell");
        assertEquals("Test fixture", index.kept(BundleSchema.STUDY).get(0).get("source"), "study.csv is kept whole");

        List<String> labels = new ArrayList<>();
        CheckedRows pass = index.rows();
        pass.forEachRow(BundleSchema.EPISODES, r -> labels.add(r.get("label") + " (line " + r.line() + ")"));
        pass.finish();
        assertEquals(List.of("Lead GPs gained buy-in (line 2)", "The chief officer led (line 3)"), labels);
        List<String> texts = new ArrayList<>();
        index.rows().forEachRow(BundleSchema.EXCERPTS, r -> texts.add(r.raw("text")));
        assertEquals("A quote that spans\ntwo lines, with \"quotes\".", texts.get(1));
    }

    @Test
    void aFileThatChangedSinceTheFirstReadIsRefusedAndNoneOfItsRowsIsHandedOn() {
        Path b = TestBundles.copy(TestBundles.minimal(), tmp);
        BundleIndex index = new StudyBundleReader().index(b);
        TestBundles.replace(b, "episodes.csv", "The chief officer led", "The chief officer led again");
        CheckedRows pass = index.rows();
        List<CsvRow> handed = new ArrayList<>();
        pass.forEachRow(BundleSchema.EPISODES, handed::add);
        assertEquals(List.of(), handed);
        pass.forEachRow(BundleSchema.FINDINGS, handed::add);
        assertEquals(List.of(), handed, "after a problem no row of any file is handed on");
        InvalidInputException e = assertThrows(InvalidInputException.class, pass::finish);
        assertEquals("study bundle " + b + ": 1 error\n" + b.resolve("episodes.csv") + ": error [file-changed] the file changed while the "
                + "bundle was being loaded. Load it again once nothing is writing to the bundle's files.", e.getMessage());
    }

    @Test
    void aRowProblemIsFoundByTheSecondReadWithItsFileLineAndColumnAndStopsTheRowsThatFollow() {
        Path b = TestBundles.copy(TestBundles.minimal(), tmp);
        TestBundles.replace(b, "episodes.csv", "SAR02,interpretation", "SAR20,interpretation");
        BundleIndex index = new StudyBundleReader().index(b);
        CheckedRows pass = index.rows();
        List<String> handed = new ArrayList<>();
        pass.forEachRow(BundleSchema.EPISODES, r -> handed.add(r.get("id")));
        assertEquals(List.of("E1"), handed, "the row before the problem is handed on, the row with it is not");
        assertFalse(pass.clean());
        InvalidInputException e = assertThrows(InvalidInputException.class, pass::finish);
        assertEquals(List.of(b.resolve("episodes.csv") + ":3:3: error [ref-dangling] column 'leaders': \"SAR20\" is not an id in actors.csv. "
                + "Did you mean \"SAR01\"? Known ids: SA-FG, SA-LEADS, SAR01, SAR02."), e.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void problemsComeInTheOrderOfTheFilesThoughExcerptsAreReadFirst() {
        Path b = TestBundles.copy(TestBundles.minimal(), tmp);
        TestBundles.replace(b, "sites.csv", "B,Site B", "A,Site B");
        TestBundles.replace(b, "excerpts.csv", "Q2,SA-FG", "Q1,SA-FG");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StudyBundleReader().index(b));
        assertEquals(List.of("sites.csv", "excerpts.csv"), e.problems().stream().filter(p -> p.id().code().equals("id-duplicate"))
                .map(p -> p.file().getFileName().toString()).toList());
    }

    @Test
    void aProblemOfTheFirstReadIsReportedWithEveryRowProblemAtOnce() {
        Path b = TestBundles.copy(TestBundles.minimal(), tmp);
        TestBundles.replace(b, "sites.csv", "B,Site B", "A,Site B");
        TestBundles.replace(b, "episodes.csv", "brokering | framing", "brokring | framing");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StudyBundleReader().index(b));
        assertEquals(List.of("id-duplicate", "concept-unknown", "ref-dangling"), e.problems().stream().map(p -> p.id().code()).toList());
    }
}
